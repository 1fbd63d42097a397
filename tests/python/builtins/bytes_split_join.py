# bytes split/join/partition variants
data = b'  alpha  beta\tgamma\ndelta  '
print(data.split(), data.split(maxsplit=1), data.rsplit(maxsplit=1), data.split(b' '), data.strip().split(b'  '))
print(b'a,b,c'.split(b','), b'a,b,c'.rsplit(b',', 1), b''.split(), b''.split(b','), b',,'.split(b','))
print(b'k1=v1;k2=v2'.split(b';'), [p.partition(b'=') for p in b'k1=v1;k2=v2'.split(b';')])
print(b'line1\nline2\r\nline3'.splitlines(), b'line1\nline2\r\n'.splitlines(keepends=True))
print(b', '.join([b'x', b'y']), bytearray(b'-').join([b'a', b'b']), b''.join(bytearray(b'q') for _ in range(3)))
try:
    b','.join(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(b'abcabc'.replace(b'b', b''), b'abc'.replace(b'', b'.'), b'aaa'.count(b'a'), b'aaa'.count(b''), b'abc'.rindex(b'c'))
print(b'hello'.center(11, b'-'), b'hello'.ljust(8, b'.'), b'hello'.rjust(8), b'-5'.zfill(4), b'x'.center(0))
