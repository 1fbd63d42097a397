# integer loops: gcd, primes, base conversion
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print([gcd(a, b) for a, b in [(48, 18), (17, 5), (0, 9), (2**40, 6**20), (-12, 8)]])
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
p = primes(200)
print(p, len(primes(10000)))
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return '-' + s if neg else s
for n in [0, 255, -255, 10**20, 2**64 - 1]:
    print(n, to_base(n, 2)[-16:], to_base(n, 7), to_base(n, 36), int(to_base(n, 36), 36) == n)
print(sum(1 for n in range(1, 1000) if n % 3 == 0 or n % 5 == 0), sum(n for n in range(1, 1000) if n % 3 == 0 or n % 5 == 0))
