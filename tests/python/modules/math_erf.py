# erf and erfc
import math
for x in [0, 0.1, 0.5, 1, 2, 3, 5, -1, -0.5, 10, -10, 1e-20, 30]:
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.isnan(math.erf(math.nan)))
print(math.erf(1) + math.erfc(1))
