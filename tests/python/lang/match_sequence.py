def m(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} .. {last} ({len(middle)} in middle)"
        case [first, *rest]:
            return f"first {first} rest {rest}"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "ab", range(3), (1, 2, 3, 4)]:
    print(repr(v), "->", m(v))
match [1, [2, 3], 4]:
    case [1, [x, y], z]:
        print("nested", x, y, z)
match (1, 2):
    case [1, 2]:
        print("tuple matches list pattern")
match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match {"not": "a sequence"}:
    case [*_]:
        print("no")
    case _:
        print("dict is not a sequence")
match b"ab":
    case [97, 98]:
        print("bytes match sequence")
    case _:
        print("bytes are not sequences for match")
match iter([1]):
    case [_]:
        print("no")
    case _:
        print("iterator is not a sequence")
