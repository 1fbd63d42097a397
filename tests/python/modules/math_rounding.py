# floor ceil trunc of floats and ints, copysign fabs fmod remainder modf frexp ldexp
import math
for x in [2.5, -2.5, 3.0, -0.5, 0.0, 1e20, 7, -7, 10**30, True, 2.9999999999999996]:
    r = (math.floor(x), math.ceil(x), math.trunc(x))
    print(repr(x), r, [type(v).__name__ for v in r])
for bad in (math.inf, -math.inf, math.nan):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, bad, type(e).__name__, e)
class Fl:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
print(math.floor(Fl()), math.ceil(Fl()))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(1, math.nan) in (1.0, -1.0))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(math.inf), type(math.fabs(3)).__name__)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(0, 1), 7 % -3)
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(1e20, 3))
print(math.modf(3.5), math.modf(-3.5), math.modf(0.0), math.modf(5), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8), math.frexp(0.0), math.frexp(-0.75), math.frexp(1e300), math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(1, 3), math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(-0.0, 5))
for f, args, exc in [(math.fmod, (1, 0), ValueError), (math.fmod, (math.inf, 1), ValueError), (math.remainder, (1, 0), ValueError), (math.ldexp, (1, 2000), OverflowError)]:
    try:
        f(*args)
    except exc as e:
        print(f.__name__, type(e).__name__, e)
