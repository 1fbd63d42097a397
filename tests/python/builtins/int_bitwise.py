# shifts and bitwise ops, including negatives and bigs
for a in (0, 1, 5, -1, -5, 255, -256, 2**70, -(2**70)):
    print(a, a & 0xFF, a | 0x0F, a ^ 0xAA, ~a, a << 3, a >> 2)
print(1 << 100, (1 << 100) >> 99)
print(-1 >> 100, -(1 << 100) >> 50)
print((2**100 - 1) & (2**64 + 12345))
print(-(2**100) & 0xFFFF, -(2**100) | 1, -(2**100) ^ -1)
print(-12345 & -67890, -12345 | -67890, -12345 ^ -67890)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~True, ~False)
print(5 >> 10, -5 >> 10)
