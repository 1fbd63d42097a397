# encode and decode
s = 'héllo wörld €'
print(s.encode(), s.encode('utf-8'), s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'replace'), s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'))
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('utf-16-le'), ''.encode())
print(s.encode().decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object), e.reason)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(s.encode(encoding='utf-8', errors='strict') == s.encode())
print(len('€'.encode()), len('😀'.encode()), '😀'.encode())
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(str(b'abc', 'ascii'), str(b'caf\xc3\xa9', encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'))
