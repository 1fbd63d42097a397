# Attribute inline caches: results must follow class changes (attribute
# added/removed, property, __getattr__, __class__ assignment, slots).
class A:
    x = 1
    def m(self): return "A.m"
class B(A):
    pass
def get(o): return o.x
def meth(o): return o.m()
def setx(o, v): o.x = v
a = A(); b = B()
for i in range(3): print(get(a), get(b), meth(a), meth(b))
A.x = 2
print(get(a), get(b))
a.x = 5
print(get(a), get(b))
def _px(self): return "prop"
A.x = property(_px)
print(get(a), get(b))
del A.x
try: print(get(b))
except AttributeError as e: print("AE", e)
A.__getattr__ = lambda self, n: "ga:" + n
print(get(b))
b.m = lambda: "inst"
print(meth(b), meth(a))
A.m = lambda self: "A.m2"
print(meth(a))
b.__class__ = type("C", (), {"x": "cx", "m": lambda self: "C.m"})
print(get(b), meth(b))
class S:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
s = S(1)
for i in range(2): print(get(s))
try: print(s.y)
except AttributeError as e: print("AE", e)
try: s.z = 1
except AttributeError as e: print("AE", e)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, n): self._v = n * 2
p = P()
for i in range(3):
    p.v += 1
    print(p.v)
class Q:
    @property
    def v(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
q = Q()
for i in range(2): print(q.v)
class R:
    def __init__(self, a, b=2): self.a = a; self.b = b
r = R(1); print(r.a, r.b, R(3, b=4).b)
class N:
    def __init__(self): return 1
try: N()
except TypeError as e: print("TE", e)
class D:
    def __get__(self, o, t): return "desc"
class E:
    d = D()
    f = len
e = E()
for i in range(2): print(e.d, e.f("abc"))
D.__set__ = lambda self, o, v: print("set called")
e.d = 5
print(e.d)
for i in range(2): print((1).bit_length(), "aB".lower(), [1].copy())
class G:
    def f(self): return 1
g = G()
