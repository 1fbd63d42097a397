# pow: builtin and operator, modular, negative exponent
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0)
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000000007))
print(pow(10**30, 10**5, 998244353))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5), pow(4, 0.5), pow(-8, 1/3).__class__.__name__)
print((-1) ** 0.5)
print(10 ** 20, 10 ** -2)
print(pow(7, 0, 1), pow(0, 0, 5))
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
