class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __eq__(self, o):
        print(f"  {self!r}.__eq__({o!r})")
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print(f"  {self!r}.__lt__({o!r})")
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    __hash__ = None
a, b = V(1), V(2)
print(a == V(1))
print(a != b)
print(a < b)
print(b > a)
print(a <= b, a >= b)
print(sorted([V(3), V(1), V(2)]))
print(max(V(3), V(5)), min([V(3), V(0)]))
print(V(1) in [V(0), V(1)])
class OnlyEq:
    def __eq__(self, o):
        return True
x = OnlyEq()
print(x == 1, 1 == x, x != 1, x != x)
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
class Sub(V):
    def __gt__(self, o):
        print(f"  Sub.__gt__")
        return True
print(V(1) < Sub(0))
