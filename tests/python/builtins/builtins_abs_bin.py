# abs all any ascii bin bool
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(-10**30), abs(True), abs(False))
class A:
    def __abs__(self): return 'absval'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
print(all([1, 2]), all([]), all('abc'), all([[]]), any({0: 1}), any({1: 0}), any(''), any(' '))
print(ascii('abc'), ascii('é€😀'), ascii(1), ascii([1, 'ü']), ascii(b'\xff'), ascii(None))
print(bin(0), bin(10), bin(-10), bin(2**65), bin(True))
class I:
    def __index__(self): return 6
print(bin(I()), hex(I()), oct(I()))
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(), bool(0), bool(0.0), bool(0j), bool(''), bool(b''), bool([]), bool(()), bool({}), bool(set()), bool(None), bool(1), bool('0'), bool([[]]))
