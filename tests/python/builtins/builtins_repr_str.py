# repr and str across types
vals = [0, -1, 1.5, 1e100, True, None, 'str', "q'", b'b', bytearray(b'ba'), [1], (1,), (), {1: 2}, {1}, frozenset({1}), set(), range(2), slice(1), 1j, Ellipsis, NotImplemented, ...]
for v in vals:
    print(repr(v), str(v))
class C:
    def __repr__(self): return 'C()'
class D:
    def __str__(self): return 'D-str'
print(repr(C()), str(C()), str(D()), repr([C(), C()]), f'{C()}')
print(repr(D()).startswith('<__main__.D object at 0x'))
print(repr(int), repr(str), repr(type), repr(len), repr(ValueError), repr(C).split(' ')[0])
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(str(), repr(''), str(str), str(ValueError('m')), repr(ValueError('m')))
