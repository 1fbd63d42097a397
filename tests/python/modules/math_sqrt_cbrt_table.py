# sqrt / isqrt / cbrt on perfect powers and neighbours
import math
for n in [0, 1, 2, 4, 8, 9, 15, 16, 25, 26, 27, 64, 100, 125, 1000, 10**6, 10**12, 2**52, 2**53 + 1]:
    print(n, math.sqrt(n), math.isqrt(n), math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2, round(math.cbrt(n), 9))
print(math.sqrt(0.25), math.sqrt(2.0) ** 2, math.sqrt(1e-320) > 0, math.sqrt(float(2**1000)) == 2.0**500)
print(math.cbrt(-27.0), math.cbrt(1e-300), math.cbrt(math.inf), math.cbrt(-math.inf))
