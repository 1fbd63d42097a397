class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ("imatmul", self.v, o); return self
a = Acc(10)
orig = a
a += 5; print(a, a is orig)
a -= 3; print(a)
a *= 4; print(a)
a //= 5; print(a)
a %= 6; print(a)
a **= 3; print(a)
a <<= 2; print(a)
a >>= 1; print(a)
a &= 0xff; print(a)
a |= 0x100; print(a)
a ^= 0x1; print(a)
a /= 2; print(a)
a @= "m"; print(a, a is orig)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("fallback to __add__")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class RetNone:
    def __iadd__(self, o):
        pass
c = RetNone()
c += 1
print(c)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "used __add__ after __iadd__ NotImplemented"
n = NI()
n += 1
print(n)
