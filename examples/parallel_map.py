"""Count the primes in blocks of integers with parallel.map, and compare
with doing the same work serially on the main thread.

    pyrallel examples/parallel_map.py [BLOCKS] [BLOCK_SIZE]
"""
import sys
import time
import parallel


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


def primes_in_block(block):
    lo = block * BLOCK_SIZE
    return sum(1 for n in range(lo, lo + BLOCK_SIZE) if is_prime(n))


BLOCKS = int(sys.argv[1]) if len(sys.argv) > 1 else 64
BLOCK_SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000

t0 = time.perf_counter()
serial = [primes_in_block(b) for b in range(BLOCKS)]
t_serial = time.perf_counter() - t0

t0 = time.perf_counter()
par = parallel.map(primes_in_block, range(BLOCKS))
t_parallel = time.perf_counter() - t0

assert par == serial
print(f"primes below {BLOCKS * BLOCK_SIZE}: {sum(par)}")
print(f"first blocks: {par[:8]}")
print(f"workers: {parallel.cpu_count()}")
print(f"time serial {t_serial:.3f} s, parallel {t_parallel:.3f} s, "
      f"speed-up {t_serial / t_parallel:.2f}x")
