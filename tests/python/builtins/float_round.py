# round(): banker's rounding and ndigits
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.675, 1.005, 1e20, -0.0):
    print(v, round(v), round(v, 2), round(v, 0), type(round(v)).__name__)
print(round(1234.5678, -2), round(1234.5678, 1), round(1234.5678, 3), round(-1234.5678, -1))
print(round(0.125, 2), round(0.375, 2), round(5e-324, 300))
print(round(2.5, None), type(round(2.5, None)).__name__)
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
print(round(1e300, -300), round(123.456, 400))
class R:
    def __round__(self, n=None): return ('rounded', n)
print(round(R()), round(R(), 3))
try:
    round('x')
except TypeError as e:
    print(type(e).__name__, e)
