# trigonometric, hyperbolic and inverses
import math
for x in [0, 0.5, 1, -1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2, 10, -0.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [0, 0.5, 1, -1, -0.5]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(1e10))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, 1), (0, -1), (0.0, -0.0), (-0.0, -0.0), (1, 0), (math.inf, math.inf)]:
    print('atan2', y, x, math.atan2(y, x))
for x in [0, 0.5, 1, -1, 2, 10]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.atanh(x / 11))
print(math.acosh(1), math.acosh(2), math.acosh(10), math.tanh(100), math.tanh(-100))
for f, x in [(math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1), (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, type(e).__name__, e)
for f, x in [(math.sinh, 1000), (math.cosh, -1000)]:
    try:
        f(x)
    except OverflowError as e:
        print(f.__name__, type(e).__name__, e)
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(90), math.degrees(-math.pi / 2), math.radians(0))
