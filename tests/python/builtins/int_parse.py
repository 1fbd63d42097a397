# int() construction from strings and numbers
print(int('42'), int('  -12 '), int('+7'), int('\t99\n'))
print(int('1_000_000'), int('0x_ff', 0), int('ff', 16), int('FF', 16))
print(int('0b101', 0), int('0o17', 0), int('0x1F', 0), int('17', 0))
print(int('101', 2), int('z', 36), int('Z', 36), int('777', 8))
print(int('0b101', 2), int('0x10', 16), int('0o10', 8))
print(int(3.99), int(-3.99), int(1e20), int(True), int())
print(int('12345678901234567890123456789'))
print(int('٣٤'))
for args in [('x',), ('12a',), ('',), (' ',), ('1__0',), ('_1',), ('1.5',), ('08', 0), ('2', 2), ('9', 8), ('0x', 16), ('10', 1), ('10', 37)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (float('inf'), float('nan')):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int('0', 0), int('00', 0), int('-0x10', 0))
print(int(b'42'), int(bytearray(b'-7')))
