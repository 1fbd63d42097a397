class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 99}
    def __new__(mcls, name, bases, ns, **kw):
        ns["keys"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=OrderedMeta, option=1):
    b = 1
    a = 2
    def m(self): pass
    print("in body, injected =", injected)
print(C.keys, C.injected)
class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class D(metaclass=LogMeta):
    x = 1
    y = x + 1
    def f(self): pass
print(D.y)
class Base(metaclass=LogMeta): pass
class Derived(Base):
    z = 0
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
