# math.sumprod-free functions and module attributes
import math
print(type(math).__name__, math.__name__)
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb', 'copysign', 'cos', 'cosh', 'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'inf', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nan', 'nextafter', 'perm', 'pi', 'pow', 'prod', 'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc', 'ulp']
print(all(hasattr(math, n) for n in names), [n for n in names if not hasattr(math, n)])
print(sorted(n for n in names if callable(getattr(math, n))) == sorted(n for n in names if n not in ('e', 'inf', 'nan', 'pi', 'tau')))
print(type(math.sqrt).__name__, math.sqrt.__name__)
from math import pi as PI, sqrt
print(PI, sqrt(2.25))
try:
    math.sqrt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.no_such_function
except AttributeError as e:
    print(type(e).__name__, e)
