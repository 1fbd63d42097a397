# gamma and lgamma
import math
for x in [1, 2, 3, 5, 10, 0.5, 1.5, -0.5, -1.5, 0.1, 20, 171, 1e-10]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(1000), math.lgamma(-2.5), math.gamma(-2.5))
for x in [0, -1, -2, 0.0, -0.0, math.inf, -math.inf, 172, 200]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
print(math.isnan(math.gamma(math.nan)), math.gamma(0.5) ** 2)
