a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
*a, b = [1, 2, 3]
print(a, b)
a, *b = "hello"
print(a, b)
a, *b, c = 1, 2
print(a, b, c)
*a, = range(4)
print(a)
[a, *b] = (9,)
print(a, b)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
head, *tail = iter(range(3))
print(head, tail, type(tail).__name__)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = ()
except ValueError as e:
    print(type(e).__name__, e)
