# math constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan, type(math.nan).__name__)
print(repr(math.pi), f'{math.e:.10f}', round(math.pi, 5))
print(math.isnan(math.nan), math.isinf(math.inf), math.isinf(-math.inf), math.isfinite(math.pi))
