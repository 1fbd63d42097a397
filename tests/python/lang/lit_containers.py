print([], [1], [1, 2,], (), (1,), (1, 2,), {}, {1: 2,}, {1, 2,})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, type({}).__name__)
print([[]] * 2, [[], []], [(1, 2), {3: [4, {5}]}])
print({"a": 1, "a": 2}, {1: "int", 1.0: "float", True: "bool"})
print({1, 1.0, True}, len({0, 0.0, False, -0.0}))
print(list("abc"), tuple([1, 2]), set([1, 1, 2]), dict([(1, 2)]), dict(a=1), frozenset([3, 3]))
nested = {"list": [1, 2], "tuple": (3,), "dict": {"k": None}}
print(nested)
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print([1, [2, 3]][1][0], {"a": {"b": "deep"}}["a"]["b"])
t = 1, 2, 3
print(t, len(t))
print((), ((),), ((), ()))
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
