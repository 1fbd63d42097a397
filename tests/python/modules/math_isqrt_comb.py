# isqrt comb perm factorial
import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**41 + 7, 2**200]:
    print(n, math.isqrt(n))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(52, 5))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
for f, args in [(math.comb, (-1, 2)), (math.comb, (5, -1)), (math.perm, (-3, 1)), (math.comb, (5.0, 2))]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(500))))
for bad in (-1, 5.0, 5.5, -2.0, 'x'):
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
