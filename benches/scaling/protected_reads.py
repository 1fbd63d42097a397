"""Read-heavy work on one shared, protected dict for the scaling benchmark
(`run --work protected_reads`): every block looks up keys of a dict that all
workers share. Under pyrallel the dict is protected, so every lookup takes
its read lock; readers share it, so the work should scale like the
unshared work does. CPython threads read a plain dict.

    protected_reads.py serial | parallel | threads N   (as work.py)
"""
import sys

BLOCKS = 96
LOOKUPS = 20_000
KEYS = 1_000

table = {f"k{i}": i for i in range(KEYS)}
names = list(table)


def count(block):
    total = 0
    for i in range(LOOKUPS):
        k = names[(block * 7 + i) % KEYS]
        if k in table:
            total += table[k] + len(table)
    return total


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
    parallel.protect(table)
    res = parallel.map(count, range(BLOCKS), chunksize=1)
elif mode == "threads":
    res = threads(int(sys.argv[2]))
else:
    sys.exit(f"unknown mode {mode}")
print(sum(res))
