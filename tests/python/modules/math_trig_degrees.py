# trig at degree angles, rounded to 12 places to keep output short
import math
for deg in range(0, 361, 30):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12) + 0.0, round(math.cos(r), 12) + 0.0, round(math.tan(r), 9) + 0.0 if deg % 180 != 90 else 'inf-ish')
for v in [-1, -0.5, 0, 0.5, 1]:
    print(v, round(math.degrees(math.asin(v)), 9), round(math.degrees(math.acos(v)), 9), round(math.degrees(math.atan(v)), 9))
for y, x in [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (-1, -1)]:
    print(y, x, round(math.degrees(math.atan2(y, x)), 9))
