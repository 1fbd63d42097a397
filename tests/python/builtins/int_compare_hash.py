# int comparisons (incl. with floats) and hashes
print(1 == 1.0, 1 < 1.5, 2 > 1.999, 10**20 == 1e20, 2**53 + 1 == 2.0**53)
print(2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < -1e308)
print(10**400 < float('inf'), 10**400 > float('-inf'), 1 == float('nan'))
print(3 != 3.0, 0 == -0.0, 0 == False, 1 == True)
for n in (0, 1, -1, 2, 100, -100, 12345):
    print(n, hash(n), hash(float(n)) == hash(n))
print(hash(-1), hash(-2), hash(True), hash(False))
print(hash(2**61 - 1), hash(2**61), hash(2**64))
print(hash(1.5), hash(0.5), hash(-0.0), hash(0.0))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), 3)))
print(sorted([3, 1.5, -2, 10**20, 0, True]))
print(max(1, 2.5, 2), min(-1, -1.0), min(-1.0, -1))
print(1 < 2 < 3, 1 < 3 < 2, 5 > 3 >= 3)
