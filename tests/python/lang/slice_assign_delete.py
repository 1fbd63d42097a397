l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[1:1] = [100, 200]
print(l)
l[:2] = []
print(l)
l[-2:] = "xyz"
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l = list(range(6))
l[::-2] = ["r1", "r2", "r3"]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[::3]
print(l)
del l[1:3]
print(l)
del l[::-2]
print(l)
del l[:]
print(l)
l = [1, 2, 3]
l[5:10] = [9]
print(l)
l[:0] = (7, 8)
print(l)
l[len(l):] = range(2)
print(l)
s = "abc"
try:
    s[0:1] = "z"
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[1:3] = b"EL"
print(ba)
l = [0, 1, 2, 3]
l[1:3] = l
print(l)
