# __del__ runs when the last reference goes (once per object), for cyclic
# garbage when the collector finds it, and for globals at shutdown;
# exceptions in it are reported and ignored.
import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = D(1)
del a
print("after del")
def f():
    b = D(2)
    return "f done"
print(f())
c = D(3)
c = None
print("after rebind")
items = [D(4), D(5)]
del items[0]
print("after item del")
items = None
class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("cycle finalized")
x = Cyc()
del x
print("collected", gc.collect() > 0)
class Bad:
    def __del__(self):
        raise ValueError("in del")
b = Bad()
del b
print("after bad")
class Res:
    saved = []
    def __del__(self):
        print("resurrect")
        Res.saved.append(self)
r = Res()
del r
print(len(Res.saved))
del Res.saved[:]
print("no second __del__")
keep = D("global at exit")
print("end")
