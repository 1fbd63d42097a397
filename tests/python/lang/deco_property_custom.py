class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        return sum(range(self.n))
d = Data(10)
print(d.total)
print(d.total)
print(type(Data.total).__name__)
class my_property:
    def __init__(self, fget, fset=None):
        self.fget, self.fset = fget, fset
    def setter(self, fset):
        return my_property(self.fget, fset)
    def __get__(self, obj, owner=None):
        return self if obj is None else self.fget(obj)
    def __set__(self, obj, v):
        if self.fset is None:
            raise AttributeError("read-only")
        self.fset(obj, v)
class T:
    def __init__(self):
        self._x = 0
    @my_property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
t = T()
t.x = 5
print(t.x)
class R:
    @my_property
    def ro(self):
        return "ro"
try:
    R().ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
