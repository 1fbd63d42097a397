# isclose isfinite isinf isnan nextafter ulp
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(1e308, math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
for x in [0, 1.5, -1e308, math.inf, -math.inf, math.nan, 10**400 if False else 10**300]:
    print(x if not isinstance(x, int) or x < 10**10 else 'bigint', math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1.0), math.ulp(1e300), math.ulp(math.inf), math.isnan(math.ulp(math.nan)), math.ulp(2 ** 52))
print(1.0 + math.ulp(1.0) > 1.0, 1.0 + math.ulp(1.0) / 2 == 1.0)
