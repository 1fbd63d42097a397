# memoryview basics
b = b'abcdef'
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.tobytes(), m.tolist(), bytes(m[1:3]), m[1:3].tobytes(), m.nbytes, m.itemsize, m.format, m.ndim, m.shape)
print(m == b, m[::2].tobytes(), list(m[2:4]))
ba = bytearray(b'xyz')
mv = memoryview(ba)
print(mv.readonly)
mv[0] = 65
mv[1:3] = b'BC'
print(ba, mv.tobytes(), mv.hex())
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b'a'
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[10]
except IndexError as e:
    print(type(e).__name__, e)
with memoryview(b'ctx') as c:
    print(c.tobytes())
try:
    c.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
m2 = memoryview(b'hello')
m2.release()
print(type(m).__name__, memoryview(bytearray(b'q')).tolist())
