"""The main thread builds a large in-memory index once; many parallel
contexts query it at the same time, reading it in place (no copy per
worker, no locks).

    pyrallel examples/shared_index.py [ENTRIES]
"""
import sys
import time
import parallel


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


ENTRIES = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000

t0 = time.perf_counter()
# word -> (document id, score): a toy inverted index.
index = {f"w{i:07d}": (i % 9973, (i * 7919) % 1000) for i in range(ENTRIES)}
built = time.perf_counter() - t0
before = rss_mib()


def query(q):
    """Score a query of 200 words against the shared index."""
    best, hits = 0, 0
    for k in range(200):
        entry = index.get(f"w{(q * 2654435761 + k * 40503) % (ENTRIES * 2):07d}")
        if entry is not None:
            hits += 1
            best = max(best, entry[1])
    return q, hits, best


QUERIES = 4_000
t0 = time.perf_counter()
results = parallel.map(query, range(QUERIES))
elapsed = time.perf_counter() - t0
after = rss_mib()

assert results == [query(q) for q in range(50)] + results[50:]
total_hits = sum(r[1] for r in results)
print(f"index entries: {len(index)}")
print(f"queries: {len(results)}, total hits: {total_hits}")
print(f"first results: {results[:3]}")
print(f"contexts left running: {parallel.active_contexts()}")
grew = after - before
print(f"memory grew by less than 64 MiB while {parallel.cpu_count()} workers read the index: {grew < 64}")
print(f"time build {built:.2f} s, {QUERIES / elapsed:.0f} queries/s, rss {after:.0f} MiB (+{grew:.1f})")
