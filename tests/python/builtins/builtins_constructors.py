# built-in type constructors with various arguments
print(list(), list('ab'), list(range(2)), list({'a': 1}), list((1,)), list(x for x in [3]))
print(tuple(), tuple([1]), tuple('xy'), tuple({1: 2}.items()))
print(dict(), dict([('a', 1)]), dict(a=1, b=2), dict({'x': 1}, y=2), dict(zip([1, 2], 'ab')))
print(set(), set('aa'), set([1, 2, 1]), frozenset(), frozenset(range(3)))
print(str(), str(1), str(1.0), str([1]), str(b'x', 'ascii'), str(object=5))
print(int(), int(' 7 '), int(7.9), int('7', 8), int(x='11', base=2) if False else int('11', base=2))
print(float(), float(' 2.5 '), float(2), complex(), complex(1), complex('2j'), bool(), bool([0]))
print(bytes(), bytes(2), bytes([1, 2]), bytes('é', 'utf-8'), bytearray(), bytearray(2), bytearray(b'z'))
print(range(3), slice(2), slice(1, 2, 3), type('T', (), {}).__name__, object().__class__.__name__)
for ctor, arg in [(list, 5), (tuple, None), (dict, 'ab'), (set, 3), (int, '1.5'), (float, 'one'), (complex, 'x'), (bytes, 'x')]:
    try:
        ctor(arg)
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
