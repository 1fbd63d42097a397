# math functions accept ints (including huge ones) and bools
import math
big = 10**100
print(math.sqrt(big), math.log(big), math.log10(big), math.log2(2**1000), math.log(2**2000, 2))
print(math.floor(big) == big, math.ceil(-big) == -big, math.trunc(big) == big, type(math.floor(big)).__name__)
print(math.fabs(-big), math.copysign(big, -1), math.isfinite(big), math.isqrt(big) == 10**50)
print(math.gcd(big, 10**50 * 7), math.factorial(25), math.comb(200, 100) % 10**9, math.perm(30, 15))
print(math.sin(True), math.exp(False), math.pow(True, 5), math.hypot(True, True))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.exp(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.log(10**400), math.log10(10**400), math.log2(2**5000))
print(math.ldexp(1, 10), math.frexp(2**100), math.modf(7), math.fmod(10**20, 7), math.remainder(10, 4))
