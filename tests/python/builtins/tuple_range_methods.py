# tuple and range methods, dunders and messages
t = (1, 2, 3, 2, 1)
for f in (lambda: t.index(9), lambda: t.index(), lambda: t.count(), lambda: t + [1], lambda: t * 'a',
          lambda: tuple.index([], 1), lambda: t.index(2, 'x'), lambda: hash(([],)), lambda: (1,) < ('a',)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, -10, 10), t.count(2), t.count(9), t.__getnewargs__())
class T(tuple):
    pass
x = T((1, 2))
print(x, repr(x), x + (3,), type(x + (3,)).__name__, x * 2, 2 * x, x == (1, 2), x < (1, 3), hash(x) == hash((1, 2)))
print(tuple.__len__(x), tuple.__getitem__(x, 1), tuple.__contains__(x, 2), list(tuple.__iter__(x)), x.__eq__([1]), x[::-1], x[:])
print(tuple(x) is x, type(tuple(x)).__name__, tuple[int, str], hash((1, (2, 3), 'a', None)) == hash((1, (2, 3), 'a', None)))
r = range(2, 20, 3)
for f in (lambda: r.index(3), lambda: r.index('a'), lambda: r[100], lambda: r['a'], lambda: len(range(10 ** 20)),
          lambda: r.count(), lambda: range(3) < range(4), lambda: r.index(2.0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(r.index(5), r.index(True if 1 in r else 2), r.count(8), r.count(8.0), r.count(9), range(5).count(True))
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(5, 0, -2))), list(reversed(range(10 ** 18, 10 ** 18 + 3))))
print(range(0) == range(5, 1), range(1, 2) == range(1, 5, 10), range(0, 6, 2) == range(0, 5, 2), range(3) != range(3), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 5, 10)), hash(range(3)) == hash(range(0, 3, 1)))
print(bool(range(0)), bool(range(1)), range(10)[2:8:2], range(10)[::-1], r[-1], r[1:3], 5 in r, 6 in r, 5.0 in r)
print(range.__len__(r), range.__getitem__(r, 0), range.__contains__(r, 8), list(range.__iter__(r)), list(range.__reversed__(r)), r.__eq__(5))
print({range(3): 1}[range(0, 3)], {range(0): 'e'}[range(5, 2)])
print(range(0, 10 ** 20)[10 ** 19:].index(10 ** 19 + 1), range(0, 10**20)[::-10**18], range(10)[2:8:2], range(10)[::-1], range(10)[-100:100], range(5, 0, -1)[1:-1], range(10)[8:2], range(10)[::3][1:])
print(range(0, 10**30, 7)[-5:], range(10)[slice(None, None, -3)], range(-5, 5)[3:-3:-1])
for k in (slice(0, 1, 0), slice('a', 1)):
    try: range(3)[k]
    except Exception as e: print(type(e).__name__, e)
