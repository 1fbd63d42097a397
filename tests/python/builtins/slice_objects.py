# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(-100, 100).indices(5), slice(10, 0, -3).indices(6))
print(list(range(10))[s], 'abcdefghij'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Sl:
    def __getitem__(self, k): return k
o = Sl()
print(o[1:2], o[::3], o[1:2, 3], o[...], o[:], o[1:], o[:'a'])
print(repr(slice('a', 'b', 'c')), slice(0, 3).start)
