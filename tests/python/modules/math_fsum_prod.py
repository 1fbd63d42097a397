# fsum, prod, sum
import math
print(math.fsum([0.1] * 10), math.fsum([0.1] * 10) == 1.0)
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1e-16, 1, 1e-16]))
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__, e)
print(math.fsum([math.inf, 1]), math.isnan(math.fsum([math.nan, 1])))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fsum(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10), math.prod([]) == 1)
print(math.prod(range(1, 30)), math.prod([1j, 1j]))
