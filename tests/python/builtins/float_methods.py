# float methods
for v in (1.0, 1.5, -2.0, 0.0, 1e300, 0.1):
    print(v, v.is_integer(), v.as_integer_ratio())
for v in (1.0, 0.1, -2.5, 0.0, -0.0, 1e300, 5e-324, float('inf'), float('nan')):
    print(repr(v), v.hex())
for s in ('0x1p0', '0x1.8p1', '-0x1.999999999999ap-4', '0x.8', 'inf', '0X1P-2', '  0x10  '):
    print(s, float.fromhex(s))
try:
    float.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag)
print((3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__())
print(float.__name__, type(1.0).__name__)
