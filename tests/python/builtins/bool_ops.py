# bool arithmetic, logic and conversion
vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a and b, a or b, a & b, a | b, a ^ b, a + b, a * b, a == b, a < b)
print(not True, not False, ~True, -False, +True, True ** 2, True / True, False // True)
print(int(True), float(True), complex(True), str(True), repr(False), bin(True), hex(True))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print(bool('False'), bool(0.0), bool(-0.0), bool(float('nan')), bool([False]), bool({0}), bool(range(0)))
print([x for x in [0, 1, '', 'a', None, [], [0]] if x], sum(x > 2 for x in range(6)))
print(1 and 2, 0 and 2, 1 or 2, 0 or '', '' or [] or {}, None and crash if False else 'short-circuit')
print(max(True, 2), min(False, -1), sorted([True, False, True]), True in {1}, {True: 'a', 1: 'b'})
print(f'{True:>6}|{False:d}|{True:.2f}|{True!s}|{True:x}')
print(bool.__bases__, bool(True) is True, type(not 1).__name__, (3 > 2) + (2 > 1))
