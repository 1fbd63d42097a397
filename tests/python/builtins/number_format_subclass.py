# format() of int/float/complex subclasses and bools: results and error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class J(int): pass
class F(float): pass
t(lambda: format(1.5, 'd'))
t(lambda: format(J(5), 's'))
t(lambda: format(F(5), 'd'))
t(lambda: format(True, 's'))
t(lambda: format(1j, 'd'))
t(lambda: format(1j, '=10'))
t(lambda: format(5, '.2d'))
t(lambda: format(5, ',c'))
t(lambda: format(J(65), 'c'))
t(lambda: format(F(2.5), '10.3%'))
t(lambda: format(10**400, 'e'))
t(lambda: format(2**64, 'f'))
t(lambda: J(5).__format__(5))
t(lambda: (5).__format__('z'))
t(lambda: f'{J(7):>5}|{F(1.25):<8}|{True:>6}|{J(7)!r}')
t(lambda: '%d %s %r %.2f %x' % (J(5), F(2.5), J(3), F(1.005), J(255)))
t(lambda: '%d' % 2.7)
t(lambda: '%x' % 2.7)
t(lambda: '%c' % J(66))
class C(complex): pass
t(lambda: format(C(1, 2), 'd'))
t(lambda: format(C(1, 2), '=8'))
t(lambda: format(C(1, 2), '>12.1f'))
t(lambda: format(F(1e300), ',.2f')[:12])
