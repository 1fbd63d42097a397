# int methods and attributes
for n in (0, 1, -1, 255, -256, 2**64, 12345678901234567890):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio())
print((5).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print((-7).__index__(), (10).__abs__(), (3).__neg__())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, 'big'))
print((0).to_bytes(0, 'big'), (2**64).to_bytes(9, 'little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'', 'big'))
print((258).to_bytes(2, byteorder='big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**100), bin(2**70))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(7))
print(type(round(1234, -2)).__name__)
print(int.__name__, (7).__class__ is int)
print((12).__floor__(), (12).__ceil__(), (12).__trunc__(), (12).__round__())
