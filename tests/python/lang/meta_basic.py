class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def method(self): pass
print(A.added_by_meta, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
class B(A, flag=True):
    y = 2
print(B.added_by_meta, type(B).__name__)
print(type(type).__name__, type(int).__name__, type(Meta).__name__)
Dyn = type("Dyn", (A,), {"z": 3, "get": lambda self: self.z})
print(Dyn.__name__, Dyn().get(), Dyn.added_by_meta, type(Dyn).__name__)
Plain = type("Plain", (), {})
print(Plain.__name__, Plain.__bases__, type(Plain()).__name__)
print(type(5) is int, type("s").__name__)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
