# subclasses of int
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % int(self)
    def double(self): return MyInt(self * 2)
m = MyInt(21)
print(m, repr(m), m.double(), m + 1, type(m + 1).__name__, isinstance(m, int), m == 21, hash(m) == hash(21))
print(MyInt('ff', 16), MyInt(), int(m), type(int(m)).__name__, str(m), f'{m}', f'{m:5d}')
class Flag(int):
    pass
f = Flag(5)
print(f, type(f).__name__, -f, type(-f).__name__, f * 2, abs(Flag(-3)), Flag(3) < 4)
print([10, 20, 30][MyInt(1)], {21: 'hit'}[m], divmod(m, 4), m ** 2, m // 2, m % 4, m << 1)
class Ops(int):
    def __add__(self, other): return 'custom add'
    def __radd__(self, other): return 'custom radd'
print(Ops(1) + 1, 1 + Ops(1), Ops(1) - 1, sum([Ops(1)]) if False else 'skip')
