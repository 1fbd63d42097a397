# index/count/remove/in use == (with identity shortcut)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v
    def __repr__(self): return 'E(%r)' % self.v
l = [E(1), E(2), E(1), 3, 3.0, True]
print(l.count(E(1)), l.index(E(2)), E(1) in l, E(9) in l, l.count(3), l.count(1), l.index(1))
l.remove(E(1))
print(l)
nan = float('nan')
n = [nan, 1]
print(nan in n, n.count(nan), n.index(nan), float('nan') in n)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -10, 10), [[1], [2]].index([2]), [(1, 2)].count((1, 2)))
try:
    [1, 2, 3].index(1, 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ['a'].index('b')
except ValueError as e:
    print(type(e).__name__, e)
