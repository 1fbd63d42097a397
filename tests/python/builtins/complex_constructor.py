# complex() constructor forms, string syntax and errors
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

for s in ['1+2j', ' ( 1+2j ) ', '(1-2j)', '1+j', '-j', '+j', 'j', '1_0j', 'infj', '-inf+nanj', '1e5-1e5j',
          '1.5', '.5j', '5.j', '1e-3J', '1+2jj', '', '(1+2j', '1+2', 'x', '1 + 2j', '1+-2j', '()', 'nan', '1e500']:
    t(lambda: complex(s))
t(lambda: complex())
t(lambda: complex(1))
t(lambda: complex(1.5, -2))
t(lambda: complex(1j, 1j))
t(lambda: complex(1+2j, 3+4j))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=3))
t(lambda: complex(imag=1j))
t(lambda: complex(True, False))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex(None))
t(lambda: complex(10**400))
class C:
    def __complex__(self): return 3+4j
class Bad:
    def __complex__(self): return 5
class Fl:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 7
t(lambda: complex(C()))
t(lambda: complex(Bad()))
t(lambda: complex(Fl(), Ix()))
class MyC(complex):
    pass
m = MyC(1, 2)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, m.conjugate(), -m)
t(lambda: complex.__add__(1j, 2))
t(lambda: complex.__radd__(1j, 2))
t(lambda: complex.__add__(1j, 'a'))
t(lambda: complex.__truediv__(1j, 0))
t(lambda: complex.__pow__(1j, 2))
t(lambda: complex.__pow__(1j, 2, 3))
t(lambda: pow(1j, 2, 3))
t(lambda: pow(2, 3, 1j))
t(lambda: pow(2, 3.0, 5))
t(lambda: complex.__eq__(1+0j, 1))
t(lambda: complex.__eq__(1+0j, 'a'))
t(lambda: complex.__ne__(1j, 1j))
t(lambda: (1j).__lt__(2j))
t(lambda: (3+4j).__abs__())
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: abs(complex(float('inf'), float('nan'))))
t(lambda: (1+2j).__getnewargs__())
t(lambda: (1+2j).__complex__())
t(lambda: (0j).__bool__())
t(lambda: (1+2j).__format__(''))
t(lambda: (1+2j).__format__('^20.2f'))
t(lambda: (hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5)))
t(lambda: hash(1j))
t(lambda: divmod(1j, 2))
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: 1j < 2j)
t(lambda: int(1j))
t(lambda: float(1j))
