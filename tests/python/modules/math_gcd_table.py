# gcd/lcm tables and properties
import math
for a in range(1, 13):
    print(a, [math.gcd(a, b) for b in range(1, 13)])
print([math.lcm(*range(1, n + 1)) for n in range(1, 21)])
print(math.gcd(*range(0, 100, 6)), math.lcm(*[2, 3, 4, 5, 6]), math.gcd(0, -7), math.lcm(-3, -4))
print(all(math.gcd(a, b) * math.lcm(a, b) == a * b for a in range(1, 40) for b in range(1, 40)))
