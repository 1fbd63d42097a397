# round and pow builtins in more detail
print(round(3.14159, 2), round(2.71828, 0), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(-0.0))
print(round(123, 1), round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(10**20 + 5, -1))
print(round(1.23456789e10, -5), round(5.5), round(6.5), round(-5.5), round(1e-20, 25))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 2)).__name__)
print(pow(2, 8), pow(2.0, 8), pow(2, -2), pow(-2, 2), pow(-2, 3), pow(0, 0), pow(0.0, 0), pow(1, 10**10))
print(pow(5, 3, 13), pow(5, -3, 13), pow(123456789, 987654321, 10**9 + 7), pow(-1, 10**20))
print(pow(2, 0.5) ** 2, pow(9, 0.5), pow(27, 1 / 3), pow(1.5, 2))
print(pow(-8, 1 / 3))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 1, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None): return ('pow', other, mod)
    def __rpow__(self, other): return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 5), 3 ** P(), P() ** 4)
