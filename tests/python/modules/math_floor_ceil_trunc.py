# floor/ceil/trunc and int()/round() agreement
import math
vals = [0.0, 0.1, 0.5, 0.9, 1.0, 1.5, 2.5, -0.1, -0.5, -0.9, -1.0, -1.5, -2.5, 1e15 + 0.5, -1e15 - 0.5, 4503599627370495.5, 123.999999]
for v in vals:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
class Num:
    def __trunc__(self): return 'T'
print(math.trunc(Num()))
print(math.floor(5), math.ceil(-5), math.trunc(True), math.floor(False))
try:
    math.floor('1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.ceil(None)
except TypeError as e:
    print(type(e).__name__, e)
