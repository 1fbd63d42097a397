# math domain/range errors and type errors
import math
cases = [('sqrt', (-1,)), ('log', (-1,)), ('log', (0,)), ('acos', (2,)), ('asin', (-2,)), ('exp', (1000,)), ('pow', (10.0, 1000)), ('pow', (0.0, -1)),
         ('factorial', (-1,)), ('factorial', (1.5,)), ('gamma', (0,)), ('lgamma', (-1,)), ('fmod', (1, 0)), ('cosh', (1000,)), ('ldexp', (1.0, 10000)),
         ('atanh', (2,)), ('acosh', (0,)), ('isqrt', (-5,)), ('comb', (-1, 1)), ('perm', (1, -1)), ('log2', (-0.5,)), ('sqrt', ('4',)), ('floor', ('x',)),
         ('expm1', (1000,)), ('erf', ('1',)), ('hypot', (None,)), ('fsum', ([1e308, 1e308],)), ('trunc', (None,))]
for name, args in cases:
    try:
        r = getattr(math, name)(*args)
        print(name, args, 'OK', r)
    except (ValueError, OverflowError, TypeError) as e:
        print(name, args, type(e).__name__, e)
print(math.sqrt(4), math.sqrt(True), math.floor(-0.5), math.log(True + 1))
