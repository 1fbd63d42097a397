class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print(f"{self.name}.__eq__")
        return NotImplemented
    def __ne__(self, o):
        print(f"{self.name}.__ne__")
        return NotImplemented
    def __lt__(self, o):
        print(f"{self.name}.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"{self.name}.__gt__")
        return NotImplemented
    __hash__ = object.__hash__
a, b = Loud("a"), Loud("b")
print(a == b)
print(a != b)
print(a == a)
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a > 1)
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)
    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, Num) else o)
print(5 > Num(3), 5 < Num(3), Num(1) < 2)
class NeFromEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(NeFromEq(1) != NeFromEq(1), NeFromEq(1) != NeFromEq(2))
