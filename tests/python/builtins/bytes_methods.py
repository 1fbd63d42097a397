# bytes methods
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b','), b'a,b,,c'.split(b',', 1), b'a b c'.rsplit(None, 1), b'x\ny\r\nz'.splitlines(), b'x\ny'.splitlines(True))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'ab'.replace(b'a', b'xy'), b'aaa'.replace(b'a', b'b', 2))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.count(b'l', 5), b'abc'.find(b'z'))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'abc'.startswith(b'b', 1))
print(b'key=val'.partition(b'='), b'a.b.c'.rpartition(b'.'), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'42'.zfill(5))
print(b'abc'.isalpha(), b'123'.isdigit(), b'ab1'.isalnum(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii())
print(b'a\tb'.expandtabs(4), b'TestX'.removeprefix(b'Test'), b'TestX'.removesuffix(b'X'))
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), b'hello'.translate(None, b'l'))
for f in (lambda: b'abc'.split(b''), lambda: b'abc'.index(b'z'), lambda: b'abc'.decode('ascii') + b'\xff'.decode('ascii')):
    try:
        f()
    except (ValueError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
try:
    b'abc'.find('a')
except TypeError as e:
    print(type(e).__name__, e)
print(b'%d-%s' % (5, b'x'), b'abc'.upper().decode())
