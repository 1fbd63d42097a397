# signed zeros and infinities through math functions
import math
for x in [0.0, -0.0, math.inf, -math.inf]:
    print(repr(x), math.copysign(1, x), math.fabs(x), math.sqrt(x) if x >= 0 or x == 0 else 'skip', math.atan(x), math.tanh(x), math.sinh(x))
print(math.copysign(0.0, -0.0), math.copysign(-0.0, 0.0), math.copysign(5, -math.inf), math.copysign(math.inf, -2))
print(math.floor(-0.0), math.ceil(-0.0), math.ceil(-0.5), repr(math.modf(-0.0)), repr(math.fmod(-0.0, 1)), repr(math.fmod(-1, 1)))
print(repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(0.0 / -1), repr(abs(-0.0)))
print(math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, -1), math.atan2(-0.0, -1))
