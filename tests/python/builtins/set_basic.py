# set and frozenset
s = {3, 1, 2}
print(s, set(), frozenset(), frozenset({1, 2}), set([1, 1, 2]), set('aab') == {'a', 'b'}, len({1, 1.0, True}))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a.union(b, [9])), a.intersection(b, {4}), a.difference(b, [1]), sorted(a.symmetric_difference([4, 10])))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2} >= {2}, {1, 2} > {1, 2}, {1}.issubset([1, 2]), {1, 2}.issuperset((1,)), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
c = {1, 2}
c.add(3); c.add(1); print(c)
c.update([4], (5,)); print(c)
c.intersection_update({1, 2, 3, 4, 9}); print(c)
c.difference_update([1]); print(c)
c.symmetric_difference_update({4, 7}); print(sorted(c))
c |= {10}; c &= {2, 3, 7, 10}; c -= {3}; c ^= {99, 2}; print(sorted(c))
c.discard(12345); c.discard(7); print(sorted(c))
try:
    c.remove(12345)
except KeyError as e:
    print(type(e).__name__, e)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
c.clear(); print(c)
f = frozenset([1, 2])
d = {f: 'fs', frozenset(): 'empty'}
print(d[frozenset({2, 1})], d[frozenset()], hash(f) == hash(frozenset([2, 1])), f == {1, 2}, sorted(f | {3}), type(f | {3}).__name__, type({3} | f).__name__)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
pts = {(1, 2), (0, 0), (1, 2)}
print(sorted(pts), (0, 0) in pts, {x % 3 for x in range(10)}, sorted({'b', 'a', 'c'}))
print(repr(set()), repr(frozenset()), repr(frozenset({1, 2})), repr({None}))
e = {1, 2, 3}
try:
    for x in e:
        e.add(x + 10)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print({1, 2} == frozenset({1, 2}), {1, 2}.copy(), set(range(5)) - set(range(0, 5, 2)), {1, 2, 3} & frozenset([2]))
r = set(); r.add(r.__class__.__name__); print(r)
print(sorted({'x', 'y'} | {'z'}), min({4, 2, 8}), max(frozenset({4, 2, 8})), sum({1, 2, 3}))
