"""CPU-bound pure-Python work for the scaling benchmark: count the primes
in BLOCKS blocks of integers.

    work.py serial        the blocks one after another (builtin map)
    work.py parallel      parallel.map (pyrallel; PYRALLEL_WORKERS sets the pool)
    work.py threads N     N threading.Thread workers (CPython)
"""
import sys

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


def threads(n):
    import threading
    results = [None] * BLOCKS
    def worker(k):
        for b in range(k, BLOCKS, n):
            results[b] = count(b)
    ts = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


mode = sys.argv[1] if len(sys.argv) > 1 else "serial"
if mode == "serial":
    res = list(map(count, range(BLOCKS)))
elif mode == "parallel":
    import parallel
    res = parallel.map(count, range(BLOCKS), chunksize=1)
elif mode == "threads":
    res = threads(int(sys.argv[2]))
else:
    sys.exit(f"unknown mode {mode}")
print(sum(res))
