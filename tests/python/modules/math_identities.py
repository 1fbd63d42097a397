# numerical identities printed with rounding (robust to last-bit differences) and exact checks
import math
for x in [0.1, 0.7, 1.3, 2.9, -0.4]:
    print(x, round(math.sin(x) ** 2 + math.cos(x) ** 2, 12), round(math.cosh(x) ** 2 - math.sinh(x) ** 2, 10), round(math.exp(math.log(abs(x))), 12))
print(round(math.atan2(1, 1) * 4, 15) == round(math.pi, 15), math.isclose(math.gamma(6), 120), math.isclose(math.exp(1), math.e))
print(math.isclose(math.asin(math.sin(0.5)), 0.5), math.isclose(math.acosh(math.cosh(2)), 2), math.isclose(math.log1p(math.expm1(0.3)), 0.3))
print(math.degrees(math.radians(123.0)), math.isclose(math.hypot(5, 12), 13), math.sqrt(144.0), math.pow(2, 0.5) == math.sqrt(2))
print(math.fsum(1 / math.factorial(k) for k in range(20)))
