# collections: deque operations, maxlen, errors, repr
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([9, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(5), d.index(5))
d.remove(5)
d[0] = 'first'
del d[1]
print(d, list(reversed(d)))
d.insert(1, 'ins')
print(d, d.copy(), d == deque(d), d == list(d))
b = deque('abc', maxlen=3)
b.append('d')
print(b, b.maxlen)
b.appendleft('z')
print(b)
b.extend('xy')
print(b, deque(maxlen=0), deque())
d.clear()
print(d, bool(d), deque([1]) + deque([2]), deque([1, 2]) * 2)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2),
            lambda: deque([1])[5], lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque(maxlen=-1), lambda: hash(deque())]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = deque()
r.append(r)
print(r)
print(deque([1, 2]) < deque([1, 3]), list(deque(range(5), maxlen=2)))
