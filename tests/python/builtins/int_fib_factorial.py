# big integer algorithms: fibonacci, factorials, binomials, digit sums
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)), sum(int(d) for d in str(a)))
f = 1
for i in range(2, 201):
    f *= i
print(str(f)[:30], str(f)[-60:], len(str(f)))
print(f % (10**9 + 7), f // (10**300) if False else f // 10**350)
def comb(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(comb(100, 50), comb(1000, 3), [comb(10, k) for k in range(11)])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**60), isqrt(2 * 10**40), isqrt(12345678987654321))
m = 2**127 - 1
print(m, pow(3, m - 1, m) == 1, m % 1000003, (m * m) >> 127)
print(int('9' * 200) + 1 == 10**200, -int('9' * 50) // 7, divmod(-int('1' * 40), 13))
