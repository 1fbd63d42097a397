# tuples
t = (1, 'a', 2.5, None, (1, 2))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2], (), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(t.index('a'), t.count(1), (1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2))
print((1, 2) + (3,), (1, 2) * 2, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1, 'a') == (1, 'a'), (2,) > (1, 5))
a, b, *c = (1, 2, 3, 4); print(a, b, c)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'x'}[(1, 2)], (1,) * 0, 3 in (1, 2, 3))
for f in (lambda: t[10], lambda: t.index(99), lambda: (1,) + [2], lambda: hash((1, [2])), lambda: t.__setitem__(0, 1)):
    try:
        f()
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr((1,)), repr(((),)), str(('x', "y'")), (1, 2) != None)
x = ([1], 2)
x[0].append(3); print(x)
x0 = ([],)
x0[0].append(x0); print(x0)
print(tuple(t) is t, t[:] is t, type(t[1:]).__name__, max((3, 1, 2)), sorted((3, 1, 2)))
