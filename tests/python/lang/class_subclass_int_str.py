class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__)
print(m == 5, m > 4, isinstance(m, int), hash(m) == hash(5))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__)
print(u == "HELLO", "ELL" in u, u[1:3])
class Flag(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
f = Flag(3, "three")
print(f, f.label, f + 1)
class MyFloat(float):
    pass
print(MyFloat(1.5) * 2, type(MyFloat(1.5)).__name__)
class MyTuple(tuple):
    def sum(self):
        total = 0
        for x in self:
            total += x
        return total
t = MyTuple([1, 2, 3])
print(t, t.sum(), t[0], len(t))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first)
