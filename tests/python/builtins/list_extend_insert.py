# extend with various iterables, insert positions
l = []
l.extend(range(3)); l.extend('ab'); l.extend((9,)); l.extend({7: 'x'}); l.extend(x * 10 for x in range(2)); l.extend([])
print(l)
l.extend(iter([100]))
l.extend(b'\x01')
print(l, len(l))
for pos in [0, 1, -1, -2, 100, -100, 5]:
    m = [0, 1, 2, 3]
    m.insert(pos, 'X')
    print(pos, m)
try:
    l.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.insert('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
r = [1, 2]
r.extend(r)
r.extend(r[:1])
print(r)
z = [1]
z[len(z):] = [2, 3]
z[:0] = [0]
print(z)
