# dict methods
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('c', 3), d.setdefault('d'), d)
print(d.pop('d'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({'x': 10}); d.update([('y', 20)]); d.update(z=30); d.update({'a': 100}, w=40); d.update(); print(d)
print(dict.fromkeys('abc'), dict.fromkeys(['k', 'j'], 0), dict.fromkeys(range(3), []))
c = d.copy(); c['new'] = 1; print(c, d, c is d)
c.clear(); print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', 'xy')))
for bad in ([1, 2], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__, e)
x = {}
x[1] = 'int'; x[1.0] = 'float'; x[True] = 'bool'
print(x, len(x))
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} != {'a': 1})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
print('a' in d, 'zz' in d, 100 in d.values(), list(d), len(d))
del d['a']; print(d)
