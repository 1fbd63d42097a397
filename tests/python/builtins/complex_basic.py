# complex numbers
a = 1 + 2j
b = 3 - 4j
print(a, b, a + b, a - b, a * b, a / b, -a, +a)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -1)), repr(complex(0, -0.0)))
print(complex(1, 2), complex(), complex(2), complex(2.5, -1), complex('1+2j'), complex(' 3-4j '), complex('j'), complex('-1.5j'))
print(abs(3 + 4j), abs(1j), a.conjugate(), a.real, a.imag, type(a.real).__name__)
print(a == complex(1, 2), a != b, 1 + 0j == 1, (2j) ** 2, 1j ** 2)
print(a ** 2, a ** 0, pow(a, 3))
print(complex(1e300, 1e300), complex(float('inf'), float('nan')))
print(str(1.5 + 0j), repr(complex(1, float('inf'))))
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('1+2')
except ValueError as e:
    print(type(e).__name__, e)
try:
    complex('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(a)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5))
print(complex(1, 2) * 2, 2 * complex(1, 2), complex(1, 2) / 2)
print(1j * 1j, (1 + 1j) / (1 - 1j), bool(0j), bool(0.5j))
print(format(1 + 2j, '.2f'), format(1.5 - 2j, ''), f"{3+4j!r}")
