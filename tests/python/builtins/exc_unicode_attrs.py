# UnicodeDecodeError / UnicodeEncodeError attributes
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    b'ab\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    b'ab\xc3\x28'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\x80abc'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, repr(e.object))
try:
    'x€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e)
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
u = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'custom reason')
print(str(u), isinstance(u, ValueError), isinstance(u, UnicodeError))
