# Pascal's triangle via math.comb, perm table, factorial consistency
import math
for n in range(10):
    print(' '.join(str(math.comb(n, k)) for k in range(n + 1)))
for n in range(6):
    print([math.perm(n, k) for k in range(n + 2)])
print(all(math.comb(n, k) == math.factorial(n) // (math.factorial(k) * math.factorial(n - k)) for n in range(30) for k in range(n + 1)))
print(all(math.perm(n, k) == math.factorial(n) // math.factorial(n - k) for n in range(30) for k in range(n + 1)))
print(math.comb(10**3, 500) % 10**12, math.perm(10**3, 10) % 10**12, math.comb(2**20, 2))
print(math.comb(True, True), math.perm(5, None))
