# range objects
for r in [range(5), range(2, 10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(-3, 3), range(0, -10, -3), range(10, 0)]:
    print(r, list(r), len(r), 3 in r, r[0] if r else None, r[-1] if r else None, list(reversed(r)))
r = range(0, 20, 3)
print(r.start, r.stop, r.step, r.index(9), r.count(9), r.count(10), r[2:5], r[::-1], r[::2], r[-2:], r[10:])
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == [0], range(0, 10, 3) == range(0, 11, 3))
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 10, 2)), str(range(0, -1, -1)))
print(range(0, 10**20)[10**19], 10**19 in range(0, 10**20, 2), range(0, 10**20, 7)[-1])
try:
    len(range(0, 10**20))
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), sum(range(101)), max(range(7)), list(range(-5)))
print(3.0 in range(5), 'a' in range(5), True in range(2))
for f in (lambda: range(0, 10, 0), lambda: range(5)[5], lambda: range(5).index(7), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4)):
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
it = iter(range(3)); print(next(it), next(it), next(it), next(it, 'done'))
print(type(iter(range(3))).__name__, bool(range(0)), bool(range(2)))
