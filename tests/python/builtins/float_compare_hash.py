# float comparisons and hashing
import sys
print(0.1 + 0.2 > 0.3, 1.0 == 1, -0.0 == 0.0, 1e308 < float('inf'), float('-inf') < -1e308)
print(sorted([2.5, -1.0, float('inf'), 0.0, -0.0, float('-inf'), 1e-300]))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(hash(0.5), hash(1.5), hash(-1.5), hash(2.0), hash(1e10), hash(0.1), hash(float('inf')), hash(float('-inf')))
print(hash(3.0) == hash(3), hash(-0.0) == hash(0), {1.0: 'a'}[1], {1: 'a'}[1.0])
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.max_exp, sys.float_info.radix)
print(1.0 + sys.float_info.epsilon > 1.0, sys.float_info.max * 2, sys.float_info.min / 2 > 0)
print(float('nan') in [float('nan')], 2.0 in [2], 2 in [2.0], [0.1 + 0.2] == [0.3])
print(1.5 < 2, 2 < 2.5, 10**20 > 1e19, 3 == 3.0000000000000001, 3 == 3.000000000000001)
