# bytearray methods returning new objects vs in-place
ba = bytearray(b'Hello World')
print(ba.lower(), ba.upper(), ba.swapcase(), ba.title(), ba, type(ba.lower()).__name__)
print(ba.split(), ba.strip(b'Hd'), ba.startswith(b'Hell'), ba.endswith(bytearray(b'ld')), ba.count(b'o'), ba.index(b'W'))
print(ba.find(b'xyz'), ba.rfind(b'o'), ba.replace(b'World', b'There'), ba.partition(b' '), ba.isalpha(), ba.istitle())
b2 = bytearray(b'abc')
b2.extend(bytearray(b'def'))
b2.extend(x for x in b'gh')
print(b2, b2.pop(1), b2, len(b2))
b2[::2] = b'XXXX'
print(b2)
b2.reverse(); print(b2)
del b2[::3]; print(b2)
b3 = bytearray(5)
for i in range(5):
    b3[i] = i * 50
print(b3, list(b3), b3[-1], b3 * 2, bytearray(b'ab') * 0)
b4 = bytearray(b'abc')
b4[1:2] = [120, 121, 122]
print(b4)
b4[len(b4):] = b'!!'
print(b4, b4 == b'axyzc!!', b4 > b'a', bytearray(b'z') in [bytearray(b'z')])
try:
    b4.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b4.insert(0, b'a')
except TypeError as e:
    print(type(e).__name__, e)
