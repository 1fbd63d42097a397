# float() from strings and numbers
for s in ['inf', '-inf', '+inf', 'Infinity', 'iNF', 'nan', '-nan', 'NaN', ' 1e3 ', '1_000.5', '.5', '5.', '-.5e-3', '1E5', '  3.25\n', '0x10' , 'x', '', '1e', '1.2.3', '1__0', 'in f', '٣.٥']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(-7), float(True), float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(float(b'2.5'))
class F:
    def __float__(self): return 4.5
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
print(float('1e400'), float('-1e400'), float('1e-400'))
