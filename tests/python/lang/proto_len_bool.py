class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
if not Sized(0):
    print("empty is falsy")
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
print(bool(B(True)), bool(B(False)))
print("yes" if B(True) else "no")
print(B(False) or "fallback")
class Both:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(Both()))
class Neither: pass
print(bool(Neither()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
print(not Sized(1), not Sized(0))
while Sized(0):
    print("never")
print([x for x in [Sized(0), Sized(1), B(True)] if x].__len__())
