# more open(): r+, x mode, read(n), iteration in binary, text seek
import os
name = 'tmp_open_modes.bin'
with open(name, 'wb') as f:
    f.write(bytes(range(10)))
with open(name, 'r+b') as f:
    f.seek(2)
    f.write(b'\xff\xfe')
    f.seek(0)
    print(f.read())
with open(name, 'rb') as f:
    print(f.read(3), f.read(3), f.read(100), f.read(5))
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.remove(name)
with open(name, 'x') as f:
    f.write('created\nsecond\n')
with open(name) as f:
    print(f.readline(), end='')
    pos = f.tell()
    print(f.readline(), end='')
    f.seek(pos)
    print(repr(f.read()))
with open(name, 'rb') as f:
    print(list(f))
with open(name) as f:
    print(f.read(3), f.readable(), f.writable(), f.seekable())
with open(name, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
print(os.path.getsize(name))
os.remove(name)
try:
    os.remove(name)
except FileNotFoundError as e:
    print(type(e).__name__, e)
