# bytes literals, construction, indexing, repr
b = b'hello\x00\xff\n\t\'"\\'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1][:3], type(b[0]).__name__)
print(b'', b"it's", b'say "x"', b'both \' "', bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('é', 'utf-8'), bytes(b'x'), bytes(bytearray(b'ab')))
print(bytes(), bytes((1, 2)), bytes(memoryview(b'mv')), b'\x7f\x80\r', rb'\n', br'\x00')
for args in [(-1,), ([256],), (['a'],), ('str',), (1.5,), ('s', 'nope')]:
    try:
        bytes(*args)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(b'ab' + b'cd', b'ab' * 3, b'a' < b'b', b'abc' == b'abc', b'a' == 'a', b'' < b'\x00')
print(98 in b'abc', b'bc' in b'abc', b'' in b'a', list(b'abc'), [x for x in b'\x01\x02'])
try:
    b'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b'abc'
except ValueError as e:
    print(type(e).__name__, e)
print(hash(b'abc') == hash(b'abc'), str(b'x'), repr(b'\xe9'), bytes.fromhex('dead beef'), b'\xde\xad'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2))
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
