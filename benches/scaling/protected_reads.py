"""Read-heavy work on one shared, protected dict for the scaling benchmark
(`run --work protected_reads`): every block looks up keys of a dict that all
workers share. Under pyrallel the dict is protected, so every lookup takes
its read lock; readers share it, so the work should scale like the
unshared work does. CPython threads read a plain dict.

    protected_reads.py serial | parallel | threads N   (see harness.py)
"""
from harness import main

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


def protect_table():
    import parallel
    parallel.protect(table)


main(count, BLOCKS, protect_table)
