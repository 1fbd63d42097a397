# list operators, comparison, repr
a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [] * 5, a * 0, a * -1)
b = a; b += [4]; print(a, b is a)
b *= 2; print(a)
c = [[0]] * 3; c[0].append(1); print(c)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] != [2, 1], [1] == (1,))
print([1, [2, [3, [4]]]], [('a', 1), {'k': [None]}], ['q"', "s'"], [1.0, -0.0])
r = [1]; r.append(r); print(r, repr(r))
r2 = [[]]; r2[0].append(r2); print(r2)
print(3 in a, 9 not in a, len(a), list(), list('ab'), list((1, 2)), list({1: 2}), list(range(3)))
for f in (lambda: a + (1,), lambda: a * 1.5, lambda: a < 'x', lambda: [1] < ['a']):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
x = [3, 4]
x += (5, 6); x += 'ab'; print(x)
print(list(reversed(x)), x.__len__(), x.__getitem__(0), x.__contains__(4))
n = [1, 2, 3]
for i in n:
    if i == 1:
        n.append(4)
print(n)
m = [0] * 3
m[1] = m
print(m)
