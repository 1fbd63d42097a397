class C:
    def m(self):
        return "m of " + self.name
    def __init__(self, name):
        self.name = name
a, b = C("a"), C("b")
bm = a.m
print(bm(), C.m(b))
print(a.m == a.m, a.m == b.m, a.m is a.m)
print(type(bm).__name__, type(C.m).__name__)
f = bm.__func__
print(f(b), bm.__self__.name)
methods = [a.m, b.m]
print([x() for x in methods])
def external(self):
    return "external on " + self.name
C.ext = external
print(a.ext())
a.inst_fn = external
try:
    a.inst_fn()
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst_fn(a))
print(getattr(a, "m")())
class Callable:
    def __call__(self, *args):
        return len(args)
C.call_obj = Callable()
print(a.call_obj(1, 2))
