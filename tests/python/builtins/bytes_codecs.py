# bytes.decode / str(b, enc) / bytes(s, enc): codecs, error handlers, UnicodeDecodeError fields
cases = [b'\xff', b'a\xc3', b'\xc3\x28', b'\xe2\x82', b'ok\xe2\x82\xacok\xf0\x9f', b'\xed\xa0\x80']
for b in cases:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, '|', e.encoding, e.object, e.start, e.end, e.reason)
    print(b.decode('utf-8', 'replace'), b.decode('utf-8', 'ignore'), b.decode(errors='backslashreplace'))
try:
    b'\x80abc'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.args)
print(b'\xe9t\xe9'.decode('latin-1'), b'abc'.decode('ASCII'), b'x'.decode('UTF8'), b'y'.decode('latin1'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'ab'), 'ascii'), str(b'\xff', 'utf-8', 'replace'))
for enc in ('nope', 'utf-9'):
    try:
        b'x'.decode(enc)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
print(bytes('é€', 'utf-8'), bytes('é', 'latin-1'), bytearray('abc', 'ascii'), bytes('é', 'ascii', 'replace'), bytes('é€', 'ascii', 'backslashreplace'), bytes('é', 'ascii', 'xmlcharrefreplace'))
for s, enc in (('é', 'ascii'), ('aé€b', 'ascii'), ('€', 'latin-1')):
    try:
        bytes(s, enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, '|', e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'custom reason')
print(e, e.args[4], e.end, isinstance(e, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
for args in ((), ('x', 'utf-8', 5), (b'x', 'utf-8'), (1, 'utf-8')):
    try:
        print(bytes(*args) if args else bytes(encoding='utf-8'))
    except TypeError as e:
        print(type(e).__name__, e)
