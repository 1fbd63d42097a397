# float accumulation and precision behaviour
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total, repr(total))
print(sum(1 / i for i in range(1, 11)), 0.1 * 100, sum([0.5, 0.25, 0.125]), sum([1, 2.5]))
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2**60, 1.0 + x == 1.0)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
print(1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0, 3.0 * 0.1, 0.1 * 3.0, 1.1 + 2.2, 3.3 * 3)
print(2 / 3, 1 - 1 / 3, 100 / 3, -100 / 3, 10 / 3 * 3, 1e-300 * 1e-300, 1e300 * 1e10)
print(float(1 / 7), round(1 / 7, 5), f'{1/7:.20f}', '%.25f' % 0.1)
