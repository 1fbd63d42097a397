# collections: defaultdict and OrderedDict
from collections import defaultdict, OrderedDict
import copy
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, isinstance(dd, dict), len(dd), 'c' in dd)
words = defaultdict(int)
for w in 'a b a c a b'.split():
    words[w] += 1
print(words, dict(words), words.get('zz'), 'zz' in words)
nd = defaultdict()
try:
    nd['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
c = dd.copy()
c['a'].append(2)
print(type(c).__name__, c, copy.copy(dd) == dd)
print(defaultdict(int, {'x': 1}, y=2), defaultdict(None))
od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
od.move_to_end('x')
print(od, list(od))
od.move_to_end('z', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o1) == o2, OrderedDict(), repr(OrderedDict(a=1)))
print(OrderedDict.fromkeys('ab', 0), o1 | {'c': 3}, type(o1.copy()).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o1.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
