# type() 3-arg form, classmethod, staticmethod, property, super
def init(self, v): self.v = v
Dyn = type('Dyn', (object,), {'init_val': 5, '__init__': init, 'double': lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, d.double(), d.init_val, type(d).__name__, Dyn.__bases__, isinstance(d, Dyn))
Sub = type('Sub', (Dyn,), {})
print(Sub(4).double(), Sub.__mro__[1].__name__, [c.__name__ for c in Sub.__mro__])
class K:
    count = 0
    @classmethod
    def make(cls, n):
        cls.count += n
        return cls
    @staticmethod
    def add(a, b):
        return a + b
    @property
    def prop(self):
        return 'got'
    @prop.setter
    def prop(self, v):
        self._p = v
    @prop.deleter
    def prop(self):
        print('deleting')
print(K.make(2).__name__, K.count, K().make(3).count, K.add(1, 2), K().add(3, 4))
k = K()
print(k.prop)
k.prop = 10; print(k._p)
del k.prop
class RO:
    @property
    def x(self): return 1
try:
    RO().x = 5
except AttributeError as e:
    print(type(e).__name__)
def getx(self): return self._x
def setx(self, v): self._x = v * 2
class Old:
    x = property(getx, setx, None, 'docstring')
o = Old(); o.x = 4; print(o.x, Old.x.__doc__, type(Old.x).__name__)
class Base:
    def hello(self): return 'base hello'
    def __init__(self): self.tag = 'base'
class Derived(Base):
    def hello(self): return 'derived+' + super().hello()
    def __init__(self):
        super().__init__()
        self.tag += '+derived'
dd = Derived()
print(dd.hello(), dd.tag, super(Derived, dd).hello())
class X1(Base):
    def hello(self): return 'X1>' + super().hello()
class X2(Base):
    def hello(self): return 'X2>' + super().hello()
class Y(X1, X2):
    def hello(self): return 'Y>' + super().hello()
print(Y().hello(), [c.__name__ for c in Y.__mro__])
print(type(classmethod(len)).__name__, type(staticmethod(len)).__name__, isinstance(K.__dict__['add'], staticmethod))
try:
    type('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
