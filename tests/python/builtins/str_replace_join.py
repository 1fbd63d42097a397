# replace join partition rpartition
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('x', 'y'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'aaa'.replace('a', ''))
print('aaaa'.replace('aa', 'b'), 'ab'.replace('ab', 'ab' * 3), 'héllo'.replace('é', 'e'))
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ' '.join(('only',)), ', '.join(str(i) for i in range(5)))
print('ab'.join(['1', '2', '3']), '\u00e9'.join('ab'), ''.join({'k': 1, 'j': 2}))
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__, e)
for t in ['key=value', 'key=value=x', 'novalue', '=', '']:
    print(repr(t), t.partition('='), t.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
for f in (lambda: 'abc'.partition(''), lambda: 'abc'.rpartition('')):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
