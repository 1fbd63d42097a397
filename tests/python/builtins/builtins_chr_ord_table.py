# chr/ord round trips over interesting code points
points = [0, 9, 10, 13, 31, 32, 65, 97, 126, 127, 128, 160, 173, 255, 256, 0x3A9, 0x7FF, 0x800, 0x20AC, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
for cp in points:
    c = chr(cp)
    print(cp, hex(cp), repr(c), ascii(c), ord(c) == cp, len(c.encode('utf-8')), c.isprintable())
print(''.join(chr(c) for c in range(65, 91)), ''.join(chr(c) for c in range(0x3b1, 0x3ba)))
print([ord(c) for c in 'Hello'], sum(map(ord, 'abc')), chr(ord('a') + 25))
