# str.format / format_map: the replacement-field grammar and its errors
class P:
    x = 5
    items = ['i0', 'i1']
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
p = P()
print('{} {} {}'.format(1, 'a', 2.5), '{1}{0}{1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{0.x} {0.items[1]} {0.items[0]}'.format(p))
print('{0[a]} {0[1]} {1[2]}'.format({'a': 'A', 1: 'one'}, 'xyz'), '{:>{}}|'.format('r', 5), '{:{fill}^{w}}'.format('c', fill='*', w=7))
print('{!r} {!s} {!a} {!r:>6}'.format('é', p, 'é', 'x'), '{}'.format(p), '{:abc}'.format(p), '{!s:>8}'.format(p), '{!r}'.format(p))
print('{{}} {{{0}}} }}{{'.format(7), '{0:{1}.{2}f}'.format(3.14159, 8, 2), '{:,}'.format(1234567), '{:%}'.format(0.5))
print('{0[-1]}'.format({'-1': 'neg'}), '{a b}'.format(**{'a b': 'spaced'}), '{0.x.real}'.format(p), '{é}'.format(é='u'))
print('{a}{b}'.format_map({'a': 1, 'b': 2}), ''.format(), 'plain'.format(1, 2, x=3), '{0}{0}'.format('dup'))
class M:
    def __getitem__(self, k):
        return k.upper()
print('{abc} {x}'.format_map(M()))
for fmt, args, kw in [
    ('{}{1}', (1, 2), {}), ('{1}{}', (1, 2), {}), ('{2}', (1,), {}), ('{}{}', (1,), {}), ('{x}', (), {}),
    ('{', (), {}), ('}', (), {}), ('a{b', (), {}), ('x}y', (), {}), ('{0!x}', (1,), {}), ('{0!}', (1,), {}),
    ('{0!r', (1,), {}), ('{0!rr}', (1,), {}), ('{0:{1}}', (1,), {}), ('{0.}', (1,), {}), ('{0[}', (1,), {}),
    ('{0[0]x}', ([1],), {}), ('{0[]}', ([1],), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{0.nope}', (1,), {}),
    ('{0[5]}', ([1],), {}), ('{0[k]}', ({},), {}), ('{a{b}', (), {}), ('{:d}', ('s',), {}), ('{0:x<5d}', (3.5,), {}),
    ('{99999999999999999999999}', (1,), {}), ('{!\x01}', (1,), {}), ('{0!}}', (1,), {}), ('{:}}', (1,), {}),
]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, m in [('{}', {}), ('{0}', {}), ('{x}', {}), ('{x.y}', {'x': 1})]:
    try:
        print(fmt.format_map(m))
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
