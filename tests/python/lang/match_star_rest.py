def split(seq):
    match seq:
        case [*init, last]:
            return init, last
        case _:
            return None
print(split([1, 2, 3]), split([1]), split([]))
def parts(cfg):
    match cfg:
        case {"name": name, **rest}:
            return name, rest
print(parts({"name": "n", "a": 1, "b": 2}), parts({"name": "only"}), parts({}))
match (1, 2, 3, 4, 5):
    case (1, *mid, 5):
        print("mid", mid, type(mid).__name__)
match "abc":
    case [*chars]:
        print("str matched sequence", chars)
    case str(s):
        print("str is not a sequence pattern target:", s)
match [1, 2]:
    case [1, 2, *rest]:
        print("empty rest", rest)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest is a dict", rest, type(rest).__name__)
