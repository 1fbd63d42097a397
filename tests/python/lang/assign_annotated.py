x: int = 1
print(x)
y: str
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
print(__annotations__["x"] is int, __annotations__["y"] is str)
print(sorted(__annotations__))
z: "list[int]" = [1]
print(__annotations__["z"])
class C:
    a: int = 3
    b: str
    c = 4
print(C.a, hasattr(C, "b"), sorted(C.__annotations__))
def f():
    local: int = 5
    other: float
    return local
print(f())
o = C()
o.attr: int = 7
print(o.attr)
d = {}
d["k"]: int = 8
print(d)
