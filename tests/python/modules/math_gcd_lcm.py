# gcd and lcm with several args
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(7), math.gcd())
print(math.gcd(12, 18, 24), math.gcd(2**100, 2**50 * 3), math.gcd(10**30, 10**20 + 10), math.gcd(17, 13))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(), math.lcm(7), math.lcm(-4, 6), math.lcm(2**40, 3**20))
try:
    math.gcd(1.5, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.lcm(2, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(math.gcd(True, 4), type(math.gcd(6, 4)).__name__)
