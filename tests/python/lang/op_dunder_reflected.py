class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __radd__(self, o): return R(o + self.v)
    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rtruediv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __rmatmul__(self, o): return ("rmatmul", o)
r = R(4)
print(10 + r, 10 - r, 10 * r, 10 / r, 10 // r, 10 % r, 2 ** r)
print(divmod(10, r), [1] @ r)
print(sum([R(1)], 0), sum([R(2)], 5))
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__ (subclass reflected first)"
print(Base() + Derived())
print(Derived() + Base())
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ after NotImplemented"
print(Left() + Right())
print(3 * "ab", "ab" * 3, [0] * 3, 3 * (1,))
