# log family, exp family
import math
for x in [1, 2, math.e, 10, 100, 0.5, 1e-300, 1e300, 2**1000, 10**400]:
    print(x if x < 10**20 else 'big', math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(1, 10), math.log(27, 3), math.log(2, 0.5))
print(math.log1p(0), math.log1p(1e-10), math.log1p(1), math.log1p(-0.5))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-745), math.exp(-746))
print(math.expm1(0), math.expm1(1e-10), math.expm1(1), math.exp2(10), math.exp2(0.5), math.exp2(-1))
print(math.log(math.inf), math.exp(math.inf), math.exp(-math.inf), math.log2(1024), math.log10(1000))
for f, x in [(math.log, 0), (math.log, -1), (math.log2, 0), (math.log10, -5), (math.log1p, -1), (math.log, 0.0), (math.log, 10**400 * -1)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x if abs(x) < 10 else 'bignum', type(e).__name__, e)
for f, x in [(math.exp, 1000), (math.expm1, 1000), (math.exp2, 2000)]:
    try:
        f(x)
    except OverflowError as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    math.log(10, 0)
except ValueError as e:
    print(type(e).__name__, e)
