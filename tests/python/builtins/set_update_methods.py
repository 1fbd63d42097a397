# in-place set methods with multiple iterables
s = {1, 2, 3, 4, 5}
s.update()
print(sorted(s))
s.update([6], {7}, (8,), range(9, 11), 'a')
print(sorted(s, key=str))
s.difference_update([1, 2], {'a'})
print(sorted(s))
s.intersection_update(range(5, 20), [5, 6, 7, 8, 9, 100])
print(sorted(s))
s.symmetric_difference_update([9, 50])
print(sorted(s))
r = s.copy()
r.add(1000)
print(len(s), len(r), 1000 in s)
print(s.isdisjoint(set()), set().issubset(s), set().isdisjoint(set()))
t = {1, 2}
print(t.remove(1), t.discard(99), t, t.add(2), t)
try:
    t.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset().pop()
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset('aab') == {'a', 'b'}, frozenset([1, 2]).union([3]), frozenset([1]).copy())
