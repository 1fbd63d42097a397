# set / frozenset methods, operators and messages
def sorted(x, **kw):
    l = list(x)
    l.sort(**kw)
    return l
s = {1, 2, 3}
for f in (lambda: s.add(), lambda: s.remove(9), lambda: set().pop(), lambda: s.union(x=1), lambda: s | [1],
          lambda: s < [1], lambda: s.symmetric_difference(), lambda: s.issubset(5), lambda: hash(s),
          lambda: frozenset().add(1), lambda: set.add(frozenset(), 1), lambda: s.update(5), lambda: {[]},
          lambda: s.remove([]), lambda: s - 1, lambda: frozenset(1), lambda: set(1, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(s.union(), s.union([4], (5,), {6: 0}), s.intersection(), s.intersection([1, 2, 9], {2, 1}), s.difference(), s.difference([1], {2}))
print(s.symmetric_difference([3, 4]), s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint('ab'), s.isdisjoint([3]), s.isdisjoint(s))
t = set(range(10))
t.update([10], {11}); t.intersection_update(range(12), range(1, 13)); t.difference_update([1], [2]); t.symmetric_difference_update({3, 100}); print(t)
t.discard(100); t.discard(999); t.remove(4); print(t, t.pop(), len(t))
u = t.copy(); u.clear(); print(u, t == t.copy(), t.copy() is t)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, b - a, a <= b, a < a | b, a | b > b, a >= a, a == {3, 2, 1}, a != b)
fa = frozenset(a)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, type(fa.copy()).__name__, fa.copy() is fa, frozenset(fa) is fa)
print(hash(frozenset()) == hash(frozenset([])), hash(fa) == hash(frozenset([3, 2, 1])), fa == a, {fa: 1}[frozenset({1, 2, 3})])
c = {1, 2}
c |= {3}; c &= {1, 3, 5}; c -= {9}; c ^= {7}; print(c)
c2 = fa
c2 |= {9}; print(c2, fa, c2 is fa)
print({frozenset({1})} - {frozenset({1})}, {1, 2}.__contains__({1}) if False else frozenset({1}) in {frozenset({1})}, {1} in [{1}])
ss = {frozenset({1, 2})}
print({1, 2} in ss, ss.__contains__({1, 2}))
ss.remove({1, 2}); print(ss)
class S(set):
    pass
x = S([1, 2])
print(x, x | {3}, type(x | {3}).__name__, type(x.copy()).__name__, x == {1, 2}, set.__len__(x), sorted(set.__iter__(x)))
print(set.__or__(a, [1]), set.__sub__(a, b), set.__rsub__(a, b), set.__eq__(a, [1]))
big = set(range(100))
for i in range(90):
    big.discard(i)
print(big.copy(), big | set(), big - {95}, big.symmetric_difference({1000}))
print(set([3, 1, 2]).difference(range(1000)), {1, 2, 3} - set(range(1, 200, 5)))
print(repr(set()), repr(frozenset()), S(), repr(S([1])), set[int], frozenset[str])
r = set(); r.add(r.__class__.__name__); print(r)
