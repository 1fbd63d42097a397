# bytearray mutation
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], repr(ba))
ba.append(33)
ba.extend(b' world')
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
ba.insert(-1, 45)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
print(ba)
ba[0] = 72
ba[1:3] = b'EY'
print(ba)
ba[2:4] = b''
print(ba)
ba[0:0] = b'<<'
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba += b'++'
ba *= 2
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(), bytearray(b'x') + b'y', type(bytearray(b'x') + b'y').__name__)
for f in (lambda: ba.pop(), lambda: bytearray(b'a').remove(98), lambda: bytearray(b'a').append(256), lambda: bytearray(b'a').__setitem__(0, -1), lambda: bytearray(b'a').__setitem__(5, 1), lambda: bytearray(b'abc').__setitem__(slice(0, 3, 2), b'xyz')):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hash(bytearray(b'a'))
except TypeError as e:
    print(type(e).__name__, e)
x = bytearray(b'abcdef')
print(x.upper(), x.find(b'cd'), x.replace(b'c', b'C'), x.split(b'c'), x.decode(), x.hex(), bytearray.fromhex('4142'), x == b'abcdef', x[1:3], type(x[1:3]).__name__)
