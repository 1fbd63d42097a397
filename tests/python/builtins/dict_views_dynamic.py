# dict views reflect changes
d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
print(list(k), list(v), list(i))
d['b'] = 2
print(list(k), list(v), list(i), len(k))
del d['a']
print(k, v, i)
d.clear()
print(k, v, i, bool(k))
d.update(x=1, y=2)
print(sorted(k), 'x' in k, 1 in v, ('y', 2) in i, ['y', 2] in i if False else 'skip')
it = iter(d)
print(next(it))
d['z'] = 3
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 'a', 2: 'b'}
print(d2.keys() == {1, 2}, d2.keys() - {1}, d2.items() - {(1, 'a')}, d2.values() == d2.values())
print(list(map(str, d2.keys())), sum(d2.keys()), max(d2.values()), sorted(d2.items(), reverse=True))
try:
    d2.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(d2.keys(), type({}.keys())), len(d2.items()))
