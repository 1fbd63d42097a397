class DataDesc:
    def __get__(self, obj, t=None):
        return "data descriptor"
    def __set__(self, obj, v):
        print("DataDesc.__set__ intercepts", v)
class NonDataDesc:
    def __get__(self, obj, t=None):
        return "non-data descriptor"
class C:
    d = DataDesc()
    n = NonDataDesc()
c = C()
c.__dict__["d"] = "instance dict d"
c.__dict__["n"] = "instance dict n"
print(c.d)
print(c.n)
c.d = 1
c.n = 2
print(c.d, c.n)
del c.n
print(c.n)
class GetOnly:
    def __get__(self, obj, t=None):
        return "getonly"
class SetNoGet:
    def __set__(self, obj, v):
        obj.__dict__["s"] = v * 10
class D:
    g = GetOnly()
    s = SetNoGet()
dd = D()
print(dd.g)
dd.g = "shadowed"
print(dd.g)
print(type(D.s).__name__)
dd.s = 3
print(dd.s)
def func(self):
    return "method"
class E:
    m = func
e = E()
print(e.m())
e.m = lambda: "instance attr wins over function (non-data)"
print(e.m())
print(func.__get__(e, E)())
class WithProp:
    @property
    def p(self):
        return "property is data descriptor"
w = WithProp()
w.__dict__["p"] = "dict"
print(w.p)
