# format alignment, fill and width combinations
for align in '<>^=':
    for fill in ('', '*', '0', ' ', 'é'):
        spec = fill + align + '9'
        try:
            print(repr(spec), repr(format(-123, spec)), repr(format(4.5, spec)), repr(format('ab', spec)) if align != '=' else '')
        except ValueError as e:
            print(repr(spec), type(e).__name__, e)
for w in (0, 1, 5, 10):
    print(w, repr(format('hello', str(w))), repr(format(42, str(w))), repr(format(3.5, '0' + str(w) if w else '')))
print(repr('{:^6}'.format('abc')), repr('{:^7}'.format('abc')), repr('{:^6}'.format('ab')), repr('{:^2}'.format('abc')))
print(repr(format(12345.678, '>+15,.2f')), repr(format(-12345.678, '015,.1f')), repr(format(1234, '010,')))
print(repr(format(255, '#010b')), repr(format(255, '=#10x')), repr(format(-255, '#010o')))
