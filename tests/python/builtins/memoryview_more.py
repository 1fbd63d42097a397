# memoryview: slicing shares memory, comparisons, cast basics
ba = bytearray(b'0123456789')
m = memoryview(ba)
sub = m[2:6]
sub[0] = ord('X')
print(ba, bytes(sub), len(sub), sub.tolist(), sub.readonly, sub.obj is ba)
ba[3] = ord('Y')
print(bytes(sub), sub[1], sub[-1])
print(m[::3].tobytes(), m[::-1].tobytes(), list(m[:3]), m[8:].hex())
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == memoryview(b'abc'), memoryview(b'abc') == b'abd', memoryview(b'a') != b'a')
c = memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast('I')
print(c.format, c.itemsize, len(c), c.tolist(), c.nbytes)
print(bytes(memoryview(b'xyz')[1:]), bytearray(memoryview(b'q')), b''.join([memoryview(b'a'), memoryview(b'b')]))
try:
    memoryview('str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(m)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b'ro')) == hash(b'ro'))
