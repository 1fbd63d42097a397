def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for x in naturals():
    if x >= 5:
        break
    out.append(x)
print(out)
def take(n, it):
    it = iter(it)
    result = []
    for _ in range(n):
        result.append(next(it))
    return result
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(10, primes()))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("ab")))
evens = (x for x in naturals() if x % 2 == 0)
print(take(4, evens))
gen = naturals()
print(next(gen), next(gen))
print(take(3, gen))
