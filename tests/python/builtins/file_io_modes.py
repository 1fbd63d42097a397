# open(): text/binary modes, newline handling, attributes, reprs, errors (files in /tmp)
import sys
name = '/tmp/pyrallel_test_file_io_modes.txt'
with open(name, 'w') as f:
    print(repr(f)[:22], f.mode, f.encoding, f.errors, f.line_buffering, f.readable(), f.writable(), f.seekable())
    print(f.write('one\ntwo\n'), f.tell())
    f.writelines(['3\n', '4'])
print(f.closed, repr(f)[:22])
for m in ('rb', 'r+b', 'wb', 'ab', 'a+', 'r+'):
    f = open(name, m)
    print(m, type(f).__name__, f.mode, repr(f)[:25], f.name == name)
    f.close()
with open(name, 'w') as f:
    f.write('hello\nworld\n')
with open(name, 'a+') as f:
    print(f.tell(), f.write('abc'), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(name, 'w+') as f:
    f.write('hello\nworld\n')
    f.seek(0)
    print(repr(f.readline(3)), repr(f.readline()), f.tell(), f.readlines())
    print(f.truncate(2))
    f.seek(0)
    print(repr(f.read()))
with open(name, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
f = open(name)
print(f.newlines, repr(f.read()), f.newlines)
f.close()
for nl in ('', '\r', '\r\n', '\n'):
    with open(name, newline=nl) as f:
        print(repr(nl), list(f))
with open(name) as f:
    print(repr(f.read(2)), repr(f.read(1)), repr(f.read(2)), repr(f.read()), repr(f.read()))
with open(name, 'wb') as f:
    f.write(bytes('é€x\n', 'utf-8'))
with open(name, encoding='utf-8') as f:
    print(f.read(1), f.tell(), f.read(1), f.tell(), repr(f.readline()))
with open(name, 'rb') as f:
    print(f.read(2), f.tell(), f.seek(-2, 2), f.read(), f.seek(1, 1), f.tell())
with open(name, 'wb') as f:
    f.write(b'\xff\n')
try:
    open(name).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open(name, errors='replace').read()), repr(open(name, encoding='latin-1').read()))
f = open(name, 'rb')
for op in ['read', 'readline', 'write', 'seek', 'tell', 'flush', 'fileno', 'readlines', 'truncate', '__iter__', '__next__', 'isatty', 'readable']:
    try:
        getattr(f, op)(*((b'x',) if op == 'write' else (0,) if op == 'seek' else ()))
        print(op, 'ok')
    except (OSError, ValueError, StopIteration) as e:
        print(op, type(e).__name__, e)
f.close()
for op in ['read', 'readline', 'write', 'seek', 'tell', 'flush', 'readlines', 'truncate', '__iter__', '__next__', 'readable']:
    try:
        getattr(f, op)(*((b'x',) if op == 'write' else (0,) if op == 'seek' else ()))
        print(op, 'ok')
    except (OSError, ValueError) as e:
        print(op, type(e).__name__, e)
with open(name, 'w') as f:
    for op in ('read', 'readline'):
        try:
            getattr(f, op)()
        except OSError as e:
            print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(b'x')
    except TypeError as e:
        print(type(e).__name__, e)
with open(name, 'wb') as f:
    try:
        f.write('x')
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ['q', 'rw', 'rr', 'rbt', 'b', '+', '']:
    try:
        open(name, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for kw in [dict(mode='rb', encoding='u'), dict(mode='rb', errors='u'), dict(mode='rb', newline=''), dict(newline='x'), dict(encoding='nope')]:
    try:
        open(name, **kw)
    except (ValueError, LookupError) as e:
        print(kw, type(e).__name__, e)
for bad in (1.5, None):
    try:
        open(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for path in ('/tmp', '/nonexistent_dir_pyrallel/x.txt'):
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(name, 'w') as f:
    print('via print', 1, 2, sep='-', file=f)
print(open(name).read(), end='')
print(repr(sys.stdout), sys.stdout.name, sys.stderr.mode, sys.stdin.mode, type(sys.stdout).__name__)
