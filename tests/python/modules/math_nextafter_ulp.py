# nextafter steps and ulp at powers of two
import math
x = 1.0
for _ in range(3):
    x = math.nextafter(x, math.inf)
    print(repr(x), x.hex())
y = 1.0
for _ in range(3):
    y = math.nextafter(y, -math.inf)
    print(repr(y), y.hex())
for e in [-1074, -1022, -1, 0, 1, 52, 53, 1023]:
    v = 2.0 ** e
    print(e, math.ulp(v), math.ulp(v) == math.nextafter(v, math.inf) - v)
print(math.nextafter(-0.0, 1), math.nextafter(5e-324, 0), math.nextafter(1.7976931348623157e308, math.inf), math.isnan(math.nextafter(math.nan, 1)))
