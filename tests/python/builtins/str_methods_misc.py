# str method argument handling: keywords, None, negatives
s = 'a-b-c-d'
print(s.split(sep='-'), s.split('-', maxsplit=2), s.rsplit('-', maxsplit=1), s.split(None), s.replace('-', '+', -1))
print(s.count('-', -3), s.find('-', -2), s.startswith('b', 2), s.endswith('c', 0, 5), s.index('d', -1))
print('x'.center(5, 'é'), 'abc'.zfill(-5), 'abc'.ljust(-1), 'tab\t'.expandtabs(tabsize=2))
print('Hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'b', count=2) if False else 'aaa'.replace('a', 'b', 2))
try:
    'abc'.split(maxsplit='1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.replace('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
print(str.upper('x'), str.join('-', 'ab'), str.split('a b'), str.__len__('abc'))
print('%s' % 'x'.__class__.__name__, 'abc'.__getitem__(slice(1, None)), 'abc'.__mul__(2), 'b'.__rmul__(3))
print('abc'.__eq__('abc'), 'abc'.__lt__('abd'), 'abc'.__ne__(5), 'abc'.__eq__(5))
