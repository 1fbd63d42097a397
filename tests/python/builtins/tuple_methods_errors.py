# tuple methods, immutability errors, and conversions
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3)
print(t.count(1), t.count(5), t.count(7), t.index(5), t.index(5, 5), t.index(3, 1), len(t), sorted(t), min(t), max(t), sum(t))
for f in (lambda: t.index(7), lambda: t.index(3, 1, 5), lambda: t.append(1), lambda: t.sort()):
    try:
        f()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
u = t
u += (0,)
print(t is u, len(t), len(u), u[-2:])
print(tuple(reversed(t)), tuple(sorted(set(t))), t[2:5], t[-3:], t[::3], t * 0 == ())
print(list(t) == sorted(t), tuple(list(t)) == t, (1, 2) + tuple('ab'), tuple(enumerate('ab')))
