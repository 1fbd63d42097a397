def f(x):
    match x:
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case int(n) if n < 0:
            return "negative"
        case int(n) if n > 100:
            return "large"
        case int() | float() as num:
            return f"other number {num}"
        case {"k": [_, _] as pair}:
            return f"pair {pair}"
        case _:
            return "default"
for v in [1, 2, ["b", 9], -4, 500, 50, 3.5, {"k": [1, 2]}, {"k": [1]}, "z"]:
    print(repr(v), "->", f(v))
calls = []
def guard(v):
    calls.append(v)
    return False
match 5:
    case 1 | 5 if guard("first"):
        pass
    case int() if guard("second"):
        pass
    case _:
        print("guards evaluated:", calls)
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("captures from failed guard rebound", a, b)
x = "outer"
match 10:
    case 20 as x:
        pass
    case _:
        pass
print("x unchanged:", x)
