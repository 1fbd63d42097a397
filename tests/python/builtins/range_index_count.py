# range.index / range.count and membership with odd types
r = range(3, 30, 4)
print(list(r), [r.index(v) for v in r], r.count(7), r.count(8), r.count(7.0), 7.0 in r, 7.5 in r)
try:
    r.index(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index('a')
except ValueError as e:
    print(type(e).__name__, e)
print(r.index(True) if 1 in r else 'no', range(0, 2).index(True), range(-5, 5).index(-5))
print(range(10)[3], range(10)[-3], range(1, 100, 7)[5], range(10, 0, -1)[9])
class I:
    def __index__(self): return 2
print(range(5)[I()], range(I()), list(range(I(), 5)))
