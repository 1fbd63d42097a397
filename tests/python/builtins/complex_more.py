# more complex: mixed types, builtins
import math
z = complex(3, 4)
print(z.real + z.imag, abs(z) == 5.0, z * z.conjugate())
print(complex(1, 1) + 1, 1.5 + complex(0, 1), 2 - 1j, 1j - 2)
print(divmod.__name__)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j // 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j % 2
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1, 2) == (1 + 2j), complex('1e1+1e-1j'), complex('(1+2j)'))
print(sum([1j, 2, 3.5]), type(sum([1j, 2])).__name__)
print((1+2j).__class__.__name__, isinstance(1j, complex))
print(complex(real=1.5, imag=2), complex(imag=3))
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
print(0j ** 0, (2+0j) ** 0.5)
