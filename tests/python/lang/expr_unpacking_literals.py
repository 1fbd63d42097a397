a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4})
print([0, *a, 5, *b, *"xy"])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print(*a, *b)
first, *_ = [*range(3), *range(3)]
print(first)
print([*()], (*[],), {**{}})
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(dict(**d1, w=5))
s = {*"hello"}
print(sorted(s))
print((*range(2), *"a"))
