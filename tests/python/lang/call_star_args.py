def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), *"ab"))
print(f(**{"a": 1}, **{"b": 2}))
print(f(0, *range(2), 5, *[], x=1, **{"y": 2}))
print(f(*{1: "k"}))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{"b": 2, "c": 3}))
print(g(**dict(c=1, b=2, a=3)))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
print(f(*gen()))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], sep="x")
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" <- same line")
print()
print(sep="ignored")
print("a", "b", sep="")
print(*range(3), sep="\n")
print("end", "with", end="!\n", sep="_")
print(None, sep=None, end=None)
print([*"ab", *range(2)], (*"ab",), {*"aa"}, {**{"k": 1}, "j": 2})
