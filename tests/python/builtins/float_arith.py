# float arithmetic, mixed with ints
print(1 + 2.0, 3 * 0.5, 7 - 0.5, 1 / 4, 2 ** 0.5, 10 / 4.0)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 3.7))
print(5.0 % 0.1, 1.0 // 0.1, -0.0 % 1.0, 0.0 % -1.0)
print((-2.0) ** 2, (-2.0) ** 3, (-8.0) ** (1/3), 2.0 ** -2, 0.0 ** 0)
print((-2) ** 0.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 10000.0
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float('inf'); nan = float('nan')
print(inf - inf, inf * 0, inf + 1, -inf * -1, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, inf == inf, -inf < inf)
print([nan] == [nan], nan in [nan])
print(abs(-2.5), -(-0.0), +(-0.0), abs(-0.0))
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 100 * 1.1)
print(3 * 1.0 == 3, 2**0.5 * 2**0.5)
x = 0.0
for i in range(10):
    x += 0.1
print(x)  # (sum() of floats is compensated since 3.12: not tested here)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
print(float('1e308') + float('1e308'))
