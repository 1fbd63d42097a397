# str.format and format_map
print('{} {} {}'.format(1, 'a', 2.5))
print('{0} {1} {0}'.format('x', 'y'))
print('{name} {age}'.format(name='Bo', age=3))
print('{0[1]} {d[k]} {o.real}'.format([10, 20], d={'k': 'v'}, o=3 + 4j))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{{literal}} {}'.format('x'))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('a', 'b', 'c', 'd'))
print('{0:{1}}|{0:{fill}{align}{width}}'.format('q', 5, fill='-', align='>', width=6))
print('{:,} {:_} {:,.2f} {:08.3f} {:+} {: }'.format(1234567, 1234567, 1234567.891, 3.14159, 5, 5))
print('{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c} {:d} {:n}'.format(10, 10, 255, 255, 10, 10, 255, 97, 10, 1000))
print('{:e} {:E} {:f} {:F} {:g} {:G} {:%} {:.1%}'.format(1.5, 1.5, 1.5, float('inf'), 1e20, 1e-20, 0.25, 0.125))
print('{:10.3s}|{:.0s}|{:s}'.format('abcdef', 'x', 'str'))
print('{:=+10d}|{:=10}|{:010}|{:0=8}'.format(42, -42, -3.5, 7))
print('{:#_b} {:_x} {:#,d}'.format(255, 0xffffffff, 10**6) if False else '{:_b} {:_x}'.format(255, 0xffffffff))
print('{0!r:>10}'.format('a'), '{:>{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{:}'.format(None), '{}'.format([1, 'a']), '{:>5}'.format(True), '{:5}'.format(1.0))
print('{:d}'.format(True), '{:10}|'.format('s'), '{:10}|'.format(5))
for fmt, args in [('{}', ()), ('{0} {}', (1, 2)), ('{:d}', ('x',)), ('{:s}', (5,)), ('{x}', ()), ('{0[5]}', ([1],)), ('{', ()), ('}', ()), ('{:,s}', ('x',)), ('{!x}', (1,)), ('{:=s}', ('a',)), ('{:.2d}', (5,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map({'a': 1, 'b': 2}), '{a} {zz}'.format_map(D(a=1)))
try:
    '{a}'.format_map({})
except KeyError as e:
    print(type(e).__name__, e)
class P:
    def __format__(self, spec): return 'P(' + spec + ')'
print('{:xyz} {}'.format(P(), P()), format(P(), 'abc'), f'{P():q}')
