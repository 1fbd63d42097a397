# hash() of numbers and tuples (deterministic values)
for v in [0, 1, -1, -2, 7, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 10**30, -10**30]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -1.5, 2.25, 1e-3, 3.14159, 1e308, float('inf'), float('-inf')]:
    print(v, hash(v))
for v in [(), (0,), (1,), (1, 2), (2, 1), ((),), (1, (2, (3,))), (True, False), (1.5, -2)]:
    print(v, hash(v))
print(hash(1j) == hash(complex(0, 1)), hash(complex(2, 0)) == hash(2), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), type(hash('x')).__name__, hash(range(3)) == hash(range(3)))
class H:
    def __hash__(self): return -1
print(hash(H()))
class Big:
    def __hash__(self): return 2**70
print(hash(Big()))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
