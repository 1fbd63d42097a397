# del statements on lists and related errors
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
x, y = [1, 2], [3]
del x[:], y[0]
print(x, y)
idx = 'a'
for f in (lambda: [].pop(0), lambda: [1, 2].pop(2), lambda: [1, 2].pop(-3), lambda: [1][idx]):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
b = [1, 2]
try:
    del b[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[-3] = 0
except IndexError as e:
    print(type(e).__name__, e)
print(b[-2], b[-1], b[1:100], b[-100:1])
