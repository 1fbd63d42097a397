# tuple packing and unpacking
t = 1, 2, 3
a, b, c = t
print(t, a, b, c)
a, b = b, a
print(a, b)
first, *rest = 'hello'
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
x, (y, z), w = 1, (2, 3), 4
print(x, y, z, w)
(p, q), = [(5, 6)]
print(p, q)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
print(tuple(x * 2 for x in range(4)), (*range(3), *'ab'), [*(1, 2), *[3]], {**{'a': 1}})
s = ()
print(len(s), s == (), bool(s), (1,) == tuple([1]))
