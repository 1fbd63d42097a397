class A:
    x = "A.x"
    def who(self):
        return "A.who"
class B(A):
    pass
b = B()
print(b.x, b.who())
A.x = "A.x changed"
print(b.x)
B.x = "B.x"
print(b.x, A.x)
del B.x
print(b.x)
A.who = lambda self: "patched"
print(b.who())
b.x = "instance"
print(b.x, B.x)
print(type(b).x)
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
c1, c2 = Counter(), Counter()
print(len(Counter.instances), c1.instances is Counter.instances)
class WithClassVarList:
    def __init__(self):
        self.instances = []
w = WithClassVarList()
print(w.instances)
class Meta(type):
    meta_attr = "from metaclass"
class M(metaclass=Meta):
    pass
print(M.meta_attr, hasattr(M(), "meta_attr"))
