# arbitrary precision integer arithmetic
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)))
p = 2 ** 1000
print(p)
print(p.bit_length())
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(b * b * b)
print(a + b, a - b, b - a)
print(b // 7, b % 7)
print(b // -7, b % -7)
print(-b // 7, -b % 7)
print(divmod(b, 12345), divmod(-b, 12345))
print(p // a, p % a)
print(-p // a, -p % a)
print(a ** 5)
print((a * b) // a == b)
print(10 ** 50 - 1)
print(-(10 ** 30))
print(abs(-a))
print(f // (2 ** 97))
print(2 ** 64, 2 ** 63 - 1, -2 ** 63)
print(0xFFFFFFFFFFFFFFFF + 1)
print((2**64) * (2**64) == 2**128)
print(str(3 ** 200)[:20], str(3 ** 200)[-20:])
x = 1
for i in range(200):
    x = x * 3 + i
print(x)
print(x % 1000000007)
