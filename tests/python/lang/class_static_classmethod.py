class C:
    count = 0
    def __init__(self, v):
        self.v = v
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def create(cls, v):
        cls.count += 1
        return cls(v)
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    pass
print(C.helper(3), C(1).helper(4))
d = D.create(5)
print(type(d).__name__, d.v, D.count, C.count)
print(C.name(), D.name(), D(0).name())
sm = C.__dict__["helper"]
cm = C.__dict__["create"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(10))
def plain(x):
    return x + 1
C.attached_static = staticmethod(plain)
C.attached_class = classmethod(lambda cls: cls.__name__ + "!")
print(C(0).attached_static(1), D.attached_class())
class Alt:
    def m(cls):
        return cls.__name__
    m = classmethod(m)
print(Alt.m())
print(callable(sm))
