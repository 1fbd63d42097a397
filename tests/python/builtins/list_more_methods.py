# list methods: argument errors, sort edge cases, dunders on subclasses
def sorted(x, **kw):
    l = list(x)
    l.sort(**kw)
    return l
l = [5, 3, 8, 1]
for f in (lambda: l.append(), lambda: l.append(1, 2), lambda: l.pop(1, 2), lambda: l.insert(1),
          lambda: l.index(), lambda: l.index(99), lambda: l.remove(99), lambda: l.copy(1),
          lambda: l.sort(1), lambda: l.sort(foo=1), lambda: [].pop(), lambda: l.pop(10),
          lambda: l.index(5, 'a'), lambda: l.insert('a', 1), lambda: l + (1,), lambda: l * 'x',
          lambda: list.append(3, 4), lambda: l.count()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(l.index(8, -2), l.index(3, 0, 10), l.index(1, -100, 100))
m = [1, 2, 3, 2, 1]
print(m.index(2, 2), m.count(2), m.count(9))
m.insert(-100, 'a'); m.insert(100, 'z'); m.insert(-1, 'y'); print(m)
# sort stability with key and reverse
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
x = list(range(100, 0, -7)) + list(range(50)) + [3] * 5
x.sort(); print(x[:20], x[-5:], len(x))
y = [str(i) for i in range(200)]
y.sort(key=lambda s: (len(s), s[::-1])); print(y[:15], y[-5:])
# comparison errors leave a permutation
z = [3, 1, 'a', 2]
try:
    z.sort()
except TypeError as e:
    print(e, sorted(map(str, z)))
# mutation during sort
w = [3, 2, 1]
def k(v):
    return v
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        w2.append(1)
        return self.v < o.v
w2 = [Bad(2), Bad(1)]
try:
    w2.sort()
except ValueError as e:
    print('ValueError', e)
# key errors leave the list unchanged
v = [3, 1, 2]
try:
    v.sort(key=lambda t: 1 / (t - 1))
except ZeroDivisionError as e:
    print(e, v)
# explicit dunders and subclasses
class L(list):
    pass
a = L([1, 2, 3])
print(a + [4], [0] + a, a * 2, 2 * a, type(a + [4]).__name__, a[1:], type(a[1:]).__name__)
a += [5]; a *= 2; print(a, type(a).__name__)
print(list.__len__(a), list.__getitem__(a, -1), list.__contains__(a, 5), a.__eq__(3), a.__lt__([2]))
print(list(reversed(a)), list(iter(a)), a == L([1, 2, 3, 5] * 2), a != [1], a > [1, 2], a <= [1, 2, 3, 5, 1])
list.__setitem__(a, 0, 'x'); list.__delitem__(a, slice(1, 3)); print(a, repr(a), str(a))
print(list.__hash__, [1].__class_getitem__ is not None, list[int])
b = [1, 2]
b.extend(b); print(b)
b.reverse(); print(b, b.copy() == b, b.copy() is b)
b.clear(); print(b, bool(b))
e = []
e.append(e); print(e, [e, [e]])
for z in ([3, 1, 'a', 2], [5, 4, 3, None, 1], [1, 2, 3, 'x', 0, 7], list(range(70, 0, -1)) + ['q'] + list(range(10))):
    try:
        z.sort()
    except TypeError as e:
        print(e, z[:20], len(z))
    try:
        z.sort(reverse=True)
    except TypeError as e:
        print(e, z[:20])
calls = []
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o): calls.append((s.v, o.v)); return s.v < o.v
    def __repr__(s): return 'C%d' % s.v
cs = [C(i) for i in (5, 2, 8, 2, 9, 1, 7)]
cs.sort(); print(cs, calls)
