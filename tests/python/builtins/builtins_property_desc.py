# property, classmethod, staticmethod details
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        'temperature in C'
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, isinstance(Temp.celsius, property))
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    del t.celsius
except AttributeError as e:
    print(type(e).__name__)
p = property(lambda self: 42)
print(p.fget(None), p.fset, p.fdel)
class Cnt:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Cnt):
    pass
print(Cnt.inc(), Cnt.inc(), Sub.inc(), Cnt.n, Sub.n, Sub.helper(4), Cnt().helper(5))
sm = Cnt.__dict__['helper']
cm = Cnt.__dict__['inc']
print(type(sm).__name__, type(cm).__name__, sm.__func__(3), callable(sm))
