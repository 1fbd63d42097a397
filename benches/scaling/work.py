"""CPU-bound pure-Python work for the scaling benchmark: count the primes
in BLOCKS blocks of integers.

    work.py serial | parallel | threads N   (see harness.py)
"""
from harness import main

BLOCKS = 96
BLOCK = 6_000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count(block):
    lo = block * BLOCK
    return sum(1 for n in range(lo, lo + BLOCK) if is_prime(n))


main(count, BLOCKS)
