# collections: Counter
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['zz'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaaaaaaa')
print(c, +c, -c)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=5)
print(a + b, a - b, a | b, a & b)
print(a == Counter(b=1, a=3), a == Counter(a=3, b=1, c=0), Counter(a=1) <= Counter(a=2))
del a['zz']
del a['a']
print(a, Counter(), Counter([1, 1, 2]), Counter(x=2, y=2, z=3))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
d = Counter('aab')
d += Counter('bcc')
print(d, isinstance(d, dict), dict(d))
