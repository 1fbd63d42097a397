# super() in various settings
class A:
    def who(self): return ['A']
    @classmethod
    def cm(cls): return 'A.cm from ' + cls.__name__
    def __repr__(self): return 'A-repr'
class B(A):
    def who(self): return ['B'] + super().who()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
    def __repr__(self): return 'D(' + super().__repr__() + ')'
print(D().who(), D.cm(), repr(D()), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(C, D()).who())
class Init:
    def __init__(self, **kw):
        self.kw = kw
class Child(Init):
    def __init__(self, a, **kw):
        super().__init__(**kw)
        self.a = a
c = Child(1, x=2)
print(c.a, c.kw)
class Str(str):
    def upper(self): return 'custom:' + super().upper()
print(Str('abc').upper(), len(Str('abc')))
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, type(l).__name__)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
