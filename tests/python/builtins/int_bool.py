# bool is a subclass of int
print(True + 1, True * 10, False - 1, True / 2, True // 1, -True)
print(isinstance(True, int), issubclass(bool, int), type(True + True).__name__)
print(bool.__mro__)
print(True == 1, False == 0, True is True, repr(True), str(False))
print(sum([True, True, False, True]))
print([1, 2, 3][True], {1: 'one'}[True])
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool({}), bool(()))
print(bool(), bool(0j), bool(1j), bool(range(0)), bool(range(1)))
class A:
    def __bool__(self): return False
class B:
    def __len__(self): return 3
class C:
    pass
print(bool(A()), bool(B()), bool(C()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(True & 1, type(True & 1).__name__, True and 5, False or 'x', not 5)
print(int(True), float(False), str(True + 0))
print(f"{True}", f"{True:d}", f"{True!r}", format(True, '>6'))
print(hash(True), hash(False), True.__class__.__name__)
