# float <-> int conversions at the edges
print(int(1e15), int(1e16), int(1.9999999999999998), int(-0.9), int(2.0 ** 63), int(2.0 ** 64), int(1.5e300) % 1000)
print(float(2**53), float(2**53 + 1), float(2**53 + 2), float(2**63 - 1), float(-(2**63)), float(10**22), float(10**23))
print(float(123456789012345678901234567890), float(2**1023 * 1.0 == 2**1023), float(2**1024 - 2**971))
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1023 * 2.0 if False else 'skip', 2**1000 / 2**990, (2**1000 + 1) / 2**1000)
print(7 / 7, 10**30 / 10**29, -(10**30) / 3, 1 / 10**400 if False else 'skip2')
try:
    10**400 / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 // 10**399, 10**400 / 10**399, (10**400 + 1) / 10**400)
print(0.5 .as_integer_ratio(), (-0.75).as_integer_ratio(), (1e-3).as_integer_ratio())
