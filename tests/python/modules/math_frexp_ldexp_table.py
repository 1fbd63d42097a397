# frexp/ldexp and modf round trips
import math
for x in [1.0, 0.1, 3.75, -8.0, 1e-300, 123456789.0, 2.0**-1074, 1.7976931348623157e308, -0.0]:
    m, e = math.frexp(x)
    print(repr(x), m, e, math.ldexp(m, e) == x, math.modf(x))
print([math.ldexp(1, e) for e in range(-3, 4)], math.ldexp(3, 0), math.ldexp(1.5, -1))
print(math.ldexp(1.0, -1080), math.ldexp(-1.0, 1023), math.ldexp(math.inf, -5), math.isnan(math.ldexp(math.nan, 1)))
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
