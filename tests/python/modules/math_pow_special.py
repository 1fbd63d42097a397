# math.pow special cases (C99 Annex F)
import math
inf, nan = math.inf, math.nan
cases = [(0.0, 1), (-0.0, 1), (-0.0, 3), (-0.0, 2), (0.0, 0.5), (1, inf), (1, nan), (-1, inf), (-1, -inf), (0.5, inf), (0.5, -inf), (2, inf), (2, -inf),
         (inf, 0), (nan, 0), (inf, -1), (inf, 2), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, 0.5), (nan, 1), (2, 0.5), (-2, 2), (-2, -1), (10, -300)]
for b, e in cases:
    try:
        print(b, e, repr(math.pow(b, e)))
    except (ValueError, OverflowError) as ex:
        print(b, e, type(ex).__name__, ex)
for b, e in [(0.0, -1), (-0.0, -1), (-1, 0.5), (-8, 1/3), (10, 400), (-10, 401)]:
    try:
        print(b, e, math.pow(b, e))
    except (ValueError, OverflowError) as ex:
        print(b, e, type(ex).__name__, ex)
print(2.0 ** -1074, 2.0 ** -1075, (-2.0) ** 1023)
