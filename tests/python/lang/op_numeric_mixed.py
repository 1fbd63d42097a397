print(1 + 2.0, type(1 + 2.0).__name__, 3 * True, type(3 * True).__name__)
print(1 + 1j, type(2 * 1j).__name__, 2 ** 0.5 * 2 ** 0.5)
print(10 / 4, 10 // 4, -10 // 4, 10.0 // 4, -10.0 // 4, 10 % 4.5)
print(2 ** 3, 2 ** -3, (-8) ** (1 / 3) if False else 8 ** (1 / 3), 0 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3))
print(7 // -2, 7 % -2, -7 // -2, -7 % -2, divmod(-7, -2))
print(int(1e15), int(-2.5), int(2.5), float(10 ** 16), 10 ** 16 + 1.0 == 10 ** 16)
print(abs(-5), abs(-5.5), abs(True), -True, +False)
print(1 / 3 * 3 == 1.0, 0.1 * 3, 1.1 + 2.2, 1e300 * 1e10)
print(round(0.5), round(1.5), round(2.675, 2), round(-1.5))
print(5 // 0.3, 5 % 0.3, 1e16 + 1)
print((2 ** 64) // 3, (2 ** 64) % 1000, -(2 ** 64) // 7, (-2) ** 63)
print(0.0 == -0.0, 1 / float("inf"), float("inf") - float("inf"))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (-8) ** 0.5 + 0
except Exception as e:
    print(type(e).__name__, e)
else:
    print("negative base fractional power gives complex:", type((-8) ** 0.5).__name__)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
