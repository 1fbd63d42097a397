# Class machinery details: mappingproxy __dict__, __slots__ member
# descriptors, GenericAlias, __subclasses__, metaclass hooks, __getattr__
# after AttributeError, bound-method equality, callable staticmethod.
class Base:
    a = 1
    def m(self):
        return "m"
print(type(Base.__dict__).__name__, "a" in Base.__dict__, Base.__dict__["a"])
try:
    Base.__dict__["b"] = 2
except TypeError as e:
    print(type(e).__name__, e)
class P:
    __slots__ = ("x", "y")
print(P.__dict__["x"], type(P.x).__name__)
p = P()
p.x = 1
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[Base])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), alias == list[int])
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int])
class A: pass
class B(A): pass
class C(A): pass
print([c.__name__ for c in A.__subclasses__()], ArithmeticError.__subclasses__()[0].__name__ in ("FloatingPointError", "OverflowError", "ZeroDivisionError"))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(5).v)
Dyn = type("Dyn", (M,), {"z": 1})
print(type(Dyn).__name__, Dyn.z)
class Ns(dict):
    def __setitem__(self, k, v):
        if k[:2] != "__":
            print("define", k)
        super().__setitem__(k, v)
class NsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Ns()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class Q(metaclass=NsMeta, flag=True):
    x = 1
    y = x + 1
print(Q.y)
class G:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(G().p, G().other)
g = Base()
print(g.m == g.m, g.m == Base().m, g.m is g.m, hash(g.m) == hash(g.m))
sm = staticmethod(lambda: "called")
print(callable(sm), sm())
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["s"] = v * 10
class HasSetOnly:
    s = SetOnly()
h = HasSetOnly()
h.s = 3
print(h.s)
