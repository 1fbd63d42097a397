# hypot (multi-arg), dist
import math
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(1, 1, 1, 1))
print(math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(math.inf, math.nan), math.hypot(3.0, 4))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (5,)), math.dist((), ()))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.hypot('a')
except TypeError as e:
    print(type(e).__name__, e)
print(math.sqrt(2), math.sqrt(0), math.sqrt(16), math.sqrt(1e-300), math.sqrt(math.inf), math.sqrt(-0.0), math.sqrt(10**40))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.cbrt(0.0), math.cbrt(-0.0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(4, 0.5))
for args in [(-8, 1/3), (0, -1)]:
    try:
        math.pow(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print(type(e).__name__, e)
