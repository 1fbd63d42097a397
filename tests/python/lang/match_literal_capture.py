def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "True literal"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"bytes":
            return "bytes"
        case 2j:
            return "complex"
        case other:
            return f"other: {other!r}"
for v in [0, 2, "hello", True, None, -1, 1.5, b"bytes", 2j, "x", [1], 1.0, False]:
    print(repr(v), "->", describe(v))
match 42:
    case _:
        print("wildcard always matches")
match "abc":
    case captured:
        print("captured", captured)
print(captured)
