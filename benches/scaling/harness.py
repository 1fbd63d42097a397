"""The three ways the scaling benchmark runs one piece of work (a function
of a block number, BLOCKS blocks), chosen by the command line:

    serial        the blocks one after another (builtin map)
    parallel      parallel.map (pyrallel; PYRALLEL_WORKERS sets the pool)
    threads N     N threading.Thread workers (CPython)
"""
import sys


def threads(count, blocks, n):
    import threading
    results = [None] * blocks
    def worker(k):
        for b in range(k, blocks, n):
            results[b] = count(b)
    ts = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


def main(count, blocks, before_parallel=None):
    """Run `count` over the blocks as the command line says; print the sum.
    `before_parallel` runs first in parallel mode (to protect shared data)."""
    mode = sys.argv[1] if len(sys.argv) > 1 else "serial"
    if mode == "serial":
        res = list(map(count, range(blocks)))
    elif mode == "parallel":
        import parallel
        if before_parallel:
            before_parallel()
        res = parallel.map(count, range(blocks), chunksize=1)
    elif mode == "threads":
        res = threads(count, blocks, int(sys.argv[2]))
    else:
        sys.exit(f"unknown mode {mode}")
    print(sum(res))
