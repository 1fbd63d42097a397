# dict methods, views and dunders: CPython's behaviour and messages
def sorted(x, **kw):
    l = list(x)
    l.sort(**kw)
    return l
d = {'a': 1, 'b': 2, 'c': 3}
for f in (lambda: d.get(), lambda: d.pop(), lambda: d.pop('zz'), lambda: {}.popitem(), lambda: d.setdefault(),
          lambda: d.update({}, {}), lambda: d.keys(1), lambda: dict.fromkeys(), lambda: d['zz'],
          lambda: d | [1], lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: d.update(5),
          lambda: hash(d), lambda: d < d, lambda: d.keys()[0], lambda: hash(d.keys()), lambda: {[]: 1},
          lambda: dict.get(1, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('e', 5), d.setdefault('f'), d)
print(d.pop('f'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update(x=1, y=2); d.update([('p', 1)], q=2); d.update({'r': 3}); print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
class D(dict):
    pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 1), type(D(a=1).copy()).__name__)
# views are live
k, v, it = d.keys(), d.values(), d.items()
print(len(k), len(v), len(it), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it, [1] in it, 'zz' in k)
d['new'] = 42
print(k, v, it, sep='\n')
print(list(reversed(k)), list(reversed(v)), list(reversed(it))[:2], list(reversed(d))[:2])
del d['new']
print(k == {'a', 'b', 'c', 'e', 'x', 'y', 'p', 'q', 'r'}, k == set(k), k != set(), it == set(it), v == v, k == [1])
print(k & {'a', 'zz'}, k | {'zz'} == set(k) | {'zz'}, sorted(k - {'a', 'b'}), sorted(k ^ {'a', 'new'}))
print({'a', 'q', 'zz'} & k == {'a', 'q'}, sorted(['a', 'b', 'zz'] - k) if False else sorted({'a', 'zz'} - k), sorted(('zz',) | k)[:3])
print(it & {('a', 1), ('b', 99)}, k.isdisjoint(['zz']), k.isdisjoint({'a'}), it.isdisjoint([('a', 1)]))
print(k <= set(k), k < set(k) | {1}, k >= {'a'}, k > {'a'}, {'a'} < k, {'a': 0}.keys() == {'a': 5}.keys())
print({1: 2}.items() == {(1, 2)}, {1: 2}.items() <= {(1, 2), (3, 4)}, d.keys().mapping == d if hasattr(d.keys(), 'mapping') else None)
try:
    for key in d:
        d['boom'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
# __missing__ and subclass dunders
class M(dict):
    def __missing__(self, key):
        return 'missing-' + repr(key)
m = M(a=1)
print(m['a'], m['b'], m.get('b'), 'b' in m, dict.__getitem__(m, 'a'), m)
try:
    dict.__getitem__({}, 'x')
except KeyError as e:
    print('KeyError', e)
class N(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
n = N({'x': 1}, y=2)
print(n, len(n), n == {'x': 1, 'y': 2}, n != {'x': 1}, list(n), list(iter(n)), list(reversed(n)), n | {'z': 3}, {'z': 3} | n)
n |= {'w': 0}; n |= [('v', 1)]; print(n, type(n).__name__)
print(dict.__len__(n), dict.__contains__(n, 'x'), n.__eq__(1), dict.__repr__(n))
dict.__setitem__(n, 'q', 1); dict.__delitem__(n, 'q'); print(n)
e = {}
e['self'] = e
print(e, {1: e.values()} if False else len(e))
print(dict[str, int], {}.__class_getitem__(int))
# popitem is LIFO, update order, equality with different orders
p = {i: i * i for i in range(5)}
print(p.popitem(), p.popitem(), p, {1: 1, 2: 2} == {2: 2, 1: 1}, {1: [1]} == {1: [1]}, {1: 1} == {1: 1.0})
