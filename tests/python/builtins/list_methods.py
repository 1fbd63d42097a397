# list methods
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend((7,)); a.extend(range(8, 10)); a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'neg'); a.insert(-100, 'start'); print(a)
a.remove('a'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
print(a.index(5), a.index(2), a.count(5), a.count('zz'))
b = [1, 2, 3, 1, 2, 3]
print(b.index(2, 2), b.index(3, 0, 3), b.index(1, -3), b.count(1))
c = b.copy(); c.reverse(); print(c, b, c is b)
c.clear(); print(c, len(c))
for f in (lambda: [1].remove(2), lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].index(3), lambda: [1, 2, 3].index(1, 1), lambda: [][0], lambda: [].insert()):
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [1, 2][5] = 0
except IndexError as e:
    print(type(e).__name__, e)
l = [1, 2]
l.append(l); print(l)
d = []; d.extend(d); print(d)
e = [1, 2]; e.extend(e); print(e)
print([].copy(), list.__name__, [None] * 3)
