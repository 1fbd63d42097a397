# str.format field names: attributes, indices, nesting, auto-numbering
class P:
    x = 3
    y = [10, 20]
    name = 'pt'
p = P()
print('{0.x} {0.y[1]} {0.name!r} {p.x}'.format(p, p=p))
print('{a[0]}{a[1]}{a[2]}'.format(a='xyz'), '{d[key]} {d[1]}'.format(d={'key': 'v', 1: 'one'}))
print('{} {} {}'.format(*'abc'), '{2}{1}{0}'.format(*'abc'), '{0}{0}{0}'.format('r'))
print('{:{}{}}'.format('a', '>', 5), '{:{w}}|'.format('b', w=4), '{0:>{1}}'.format('c', 3))
print('{!r:^10}|{!s:<6}|{!a}'.format('q', 5, 'ä'))
print('{0[0][1]}'.format([['in', 'ner']]), '{x.real}'.format(x=2 + 3j), '{0.imag:.1f}'.format(1 + 2j))
print('{{{0}}}'.format('braced'), '{{}}'.format(), '}}{{'.format())
for fmt in ['{0.missing}', '{0[9]}', '{a}', '{0!z}', '{:>{}}']:
    try:
        print(fmt.format([1], 'x'))
    except (AttributeError, IndexError, KeyError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
