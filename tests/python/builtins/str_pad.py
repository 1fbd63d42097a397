# center ljust rjust zfill expandtabs
for s in ['abc', '', 'abcdef', 'é']:
    for w in (0, 3, 5, 8):
        print(repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '.')), repr(s.zfill(w)))
print('abc'.center(6, '#'), 'ab'.center(5, '#'), 'ab'.center(6, '#'), 'a'.center(4, '#'))
for s in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0012']:
    print(repr(s.zfill(6)))
try:
    'a'.center(5, '**')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.ljust(5, '')
except TypeError as e:
    print(type(e).__name__, e)
for s in ['a\tb', '\t', 'ab\tcd\tef', '12345678\tx', 'a\nb\tc', 'a\r\tb', '']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=1)))
print(repr('a\tb'.expandtabs(-1)))
