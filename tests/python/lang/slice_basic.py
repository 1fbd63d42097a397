s = "abcdefgh"
l = list(range(10))
t = tuple(range(6))
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[6:2:-1], s[-1:-4:-1])
print(l[2:8:3], l[::-3], l[8:2:-2], l[100:], l[-100:2], l[5:1])
print(t[1:4], t[::-1], t[-2:], type(t[1:2]).__name__)
print(s[3:3], l[3:3], s[10:20], s[-100:100])
print(s[None:None:None], l[None:3])
print(s[1:7][::-1][1:3])
print(b"bytes"[1:3], bytearray(b"xyz")[::-1])
print(range(10)[2:8:2], range(10)[::-1])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l["a":]
except TypeError as e:
    print(type(e).__name__, e)
sl = slice(1, 5)
print(s[sl], l[slice(None, None, -4)])
print(slice(3), slice(1, 2, 3), slice(None))
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4))
copy = l[:]
print(copy == l, copy is l)
