# isclose with different tolerances
import math
pairs = [(1.0, 1.0), (1.0, 1.0 + 1e-9), (1.0, 1.0 + 1e-8), (0.0, 1e-12), (1e10, 1e10 + 1), (100, 101), (-1.0, 1.0), (1e-300, 2e-300), (math.inf, math.inf), (math.nan, 1.0)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=0.05), math.isclose(a, b, abs_tol=1e-10), math.isclose(a, b, rel_tol=0, abs_tol=2))
try:
    math.isclose(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.isclose(1, 2, abs_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
