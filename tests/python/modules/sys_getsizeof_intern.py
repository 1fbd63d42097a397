# sys.getsizeof and sys.intern (only properties, not values)
import sys
for obj in [0, 1, 10**100, 1.5, '', 'abc', b'', [], [1, 2, 3], (), {}, set(), None, True]:
    n = sys.getsizeof(obj)
    print(type(obj).__name__, type(n).__name__, n > 0)
print(sys.getsizeof(10**100) > sys.getsizeof(1), sys.getsizeof([1] * 100) > sys.getsizeof([]), sys.getsizeof(object(), 7) > 0)
a = sys.intern(''.join(['dyn', 'amic', '_str']))
b = sys.intern('dynamic_str')
print(a is b, a == b, sys.intern('x') is sys.intern('x'))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
