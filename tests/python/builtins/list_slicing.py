# list slicing, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[20:], a[5:2], a[::-3])
b = a[:]; b[2:5] = ['x']; print(b)
b = a[:]; b[2:2] = ['i', 'j']; print(b)
b = a[:]; b[:] = []; print(b)
b = a[:]; b[::2] = 'abcde'; print(b)
b = a[:]; b[8:] = range(3); print(b)
b = a[:]; b[-2:] = (); print(b)
b = a[:]; del b[1:9:2]; print(b)
b = a[:]; del b[::-3]; print(b)
b = a[:]; del b[:]; print(b)
b = a[:]; del b[5]; del b[-1]; print(b)
b = a[:]; b[1:3] = b; print(b)
try:
    b = a[:]; b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b = a[:]; b[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    del a[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['x']
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[slice(1, 4)], a[slice(None, None, -4)])
