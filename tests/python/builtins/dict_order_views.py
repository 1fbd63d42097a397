# dict insertion order and views
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d, list(d.keys()), list(d.values()), list(d.items()))
d['alpha'] = 99; print(list(d))
del d['zeta']; d['zeta'] = 0; print(list(d))
k, v, it = d.keys(), d.values(), d.items()
d['new'] = 1
print(k, v, it, len(k), 'new' in k, 1 in v, ('new', 1) in it, ('new', 2) in it)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
a = {'x': 1, 'y': 2, 'z': 3}.keys()
b = {'y': 0, 'z': 0, 'w': 0}.keys()
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a == {'x', 'y', 'z'}, a <= {'x', 'y', 'z', 'q'}, a.isdisjoint(['q']))
print(sorted({'a': 1}.items() | {('b', 2)}), {'a': 1}.items() & {('a', 1)})
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping == d if hasattr(k, 'mapping') else 'nomapping')
dd = {1: 'a', 2: 'b'}
try:
    for key in dd:
        dd[key + 10] = 'c'
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 'a', 2: 'b'}
try:
    for key in dd:
        del dd[key]
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 'a', 2: 'b'}
for key in dd:
    dd[key] = 'changed'
print(dd)
print({v: k for k, v in {'a': 1, 'b': 2}.items()}, {i: i * i for i in range(5) if i % 2})
print(dict(sorted({'b': 1, 'a': 2}.items())), list({3: 1, 1: 1, 2: 1}))
