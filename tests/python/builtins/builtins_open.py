# open(): write, read text/binary, readline(s), iteration, seek/tell
import os
name = 'tmp_builtins_open.txt'
with open(name, 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    n = f.write('line one\n')
    f.write('línea dos\n')
    f.writelines(['three\n', 'four'])
    print(n)
print(f.closed)
with open(name, encoding='utf-8') as f:
    print(repr(f.read()))
with open(name, 'r', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines(), repr(f.readline()))
with open(name, encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name, 'rb') as f:
    data = f.read()
    print(type(f).__name__, f.mode, data, len(data))
    f.seek(0)
    print(f.read(4), f.tell())
    f.seek(5)
    print(f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read(), f.read())
with open(name, 'a', encoding='utf-8') as f:
    f.write('\nappended')
with open(name, encoding='utf-8') as f:
    print(f.read().splitlines())
with open(name, 'wb') as f:
    print(f.write(b'a\r\nb\rc\n'))
with open(name, encoding='utf-8') as f:
    print(repr(f.read()))
with open(name, encoding='utf-8', newline='') as f:
    print(repr(f.read()))
with open(name, 'rb') as f:
    print(f.readlines())
with open(name, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(name, 'rb') as f:
    print(f.read())
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
print(os.path.exists(name))
try:
    open('nosuch.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename, e.strerror)
try:
    open(name, 'q')
except ValueError as e:
    print(type(e).__name__, e)
