# format() builtin across types
print(format(3), format('s'), format(2.5), format(None), format(True), format([1]), format(1j))
print(format(42, ''), format(42, 'd'), format(42.0, ''), format(42.0, 'g'), format(-0.0, ''), format(1e300, ''))
print(format('abc', '*^9'), format(12, '#06x'), format(0.000123, '.2e'), format(1234.5, ',.1f'), format(0.5, '%'))
class F:
    def __format__(self, spec):
        return '[' + spec + ']'
print(format(F()), format(F(), 'spec'), '{:hi}'.format(F()), f'{F():!r}')
class NoFormat:
    pass
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(format(NoFormat(), '').startswith('<__main__.NoFormat object'))
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(format(1)).__name__, format(10**30, ','), format(-10**25, '_x'))
