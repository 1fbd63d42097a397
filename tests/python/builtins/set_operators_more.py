# set operators with frozenset/set mixing and method vs operator differences
a = {1, 2, 3}
f = frozenset({2, 3, 4})
print(sorted(a | f), sorted(f | a), type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(f - a).__name__)
print(a.union([5, 6]), a.intersection('abc'), a.issubset(range(10)), a.issuperset([1]))
try:
    a | [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print(a == {3, 2, 1}, a != f, a < {1, 2, 3, 4}, not (a < a), a <= a, f >= {2}, {1} > set(), set() < set())
print(set() == frozenset(), hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) in {frozenset([2, 1])})
b = a
b |= {9}
print(a is b, sorted(a))
fz = f
fz |= {100}
print(fz is f, sorted(f), sorted(fz))
s = set()
for i in range(20):
    s.add(i % 6)
print(s, len(s))
print({n for n in range(10) if n % 3 == 0}, set(map(abs, [-1, 1, -2])), set(x for x in []) == set())
print(sorted({'banana', 'apple'} ^ {'apple', 'cherry'}), sorted(set('hello')), len(set('mississippi')))
