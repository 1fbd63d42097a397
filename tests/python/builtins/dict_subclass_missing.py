# dict subclasses: __missing__, overridden methods
class Default(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
d = Default(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, len(d), 'c' in d, d.get('c'), dict(d))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['abc'] = 1
u.update({'def': 2})
print(u)
class Counting(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
c = Counting(a=1)
print(c['a'], c.get('a'), list(c.values()))
from collections import defaultdict, OrderedDict, Counter
dd = defaultdict(int)
for ch in 'hello':
    dd[ch] += 1
print(dict(dd), dd['zz'], len(dd))
print(Counter('abracadabra').most_common(2))
