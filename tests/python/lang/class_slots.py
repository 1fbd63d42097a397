class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print(type(e).__name__, e)
q.a = 5
del q.a
print(hasattr(q, "a"))
class Sub(P):
    pass
s = Sub(1, 2)
s.z = 3
print(s.z, hasattr(s, "__dict__"))
class Sub2(P):
    __slots__ = ("w",)
s2 = Sub2(1, 2)
s2.w = 4
print(s2.x, s2.w)
try:
    s2.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
print(P.__slots__, type(P.__dict__["x"]).__name__)
