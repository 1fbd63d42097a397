# split rsplit splitlines
tests = ['a b  c', '  a b c  ', '', '   ', 'a,b,,c', 'a\tb\nc\x0bd\x0ce\rf', 'one']
for s in tests:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(','), s.rsplit(',', 1), s.split(' '))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'a,b,c'.split(',', 0), 'a,b,c'.split(',', -1))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), ':a:'.split(':'), 'abc'.split('abc'))
print('a b c'.split(maxsplit=1), 'a b c'.rsplit(sep=' ', maxsplit=1))
print('  a  b  '.split(None, 0), '  a  b  '.rsplit(None, 0))
for f in (lambda: 'abc'.split(''), lambda: 'abc'.rsplit('')):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
s = 'line1\nline2\r\nline3\rline4\x0bline5\x1cline6\u2028line7\n\n'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:2])
print(''.splitlines(), '\n'.splitlines(), 'abc'.splitlines(), 'a\n\nb'.splitlines())
print('ünï cödé'.split(), 'x\u3000y'.split())
