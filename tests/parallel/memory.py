# 100,000 submit_work calls complete with constant main-heap memory, and
# context heaps are all returned; a big main dict is read by every worker
# at once without copying.
import parallel

def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4

def work(i, payload):
    s = [str(i)] * 10          # context allocations, dropped with the context
    return len(s) + len(payload)

def submit(n):
    payload = "x" * 100
    for i in range(n):
        parallel.submit_work(work, (i, payload))
    parallel.run()

submit(100_000)                # warm up: pools, queues, allocator caches
submit(100_000)
before = rss_kib()
submit(100_000)
after = rss_kib()
st = parallel.stats()
growth = after - before
print("rss growth under 16 MiB:", growth < 16 * 1024, "" if growth < 16 * 1024 else growth)
assert st["contexts_active"] == 0 and st["heap_bytes"] == 0, st
assert st["deferred_frees_pending"] == 0 and st["persisted_contexts"] == 0, st
assert st["contexts_created"] == st["contexts_destroyed"] >= 300_000, st
assert st["heap_bytes_peak"] >= 2 << 20
print("stats ok")

# A 1M-entry dict built by the main thread, read by all workers at once.
index = {f"key{i}": i for i in range(1_000_000)}
before = rss_kib()
def lookup(block):
    lo = block * 50_000
    total = 0
    for i in range(lo, lo + 50_000):
        total += index[f"key{i}"]
    return total
sums = parallel.map(lookup, range(20), chunksize=1)
assert sums == [sum(range(b * 50_000, b * 50_000 + 50_000)) for b in range(20)]
print("index reads ok; rss growth under 64 MiB:", rss_kib() - before < 64 * 1024)

# Contexts never write a main object's reference count: copying, storing
# and dropping references to main objects there leaves every count as it
# was (the thread's refcount mask, heap::context).
import sys
shared = [1.5, "text", (1, 2), {"k": [3]}]
counts = [sys.getrefcount(o) for o in shared]
def churn(i):
    mine = []
    for _ in range(200):
        for o in shared:
            mine.append(o)
            t = (o, o, i)
    d = {"a": shared[3], "b": mine}
    return len(mine) + len(d)
assert parallel.map(churn, range(200)) == [802] * 200
assert [sys.getrefcount(o) for o in shared] == counts, ([sys.getrefcount(o) for o in shared], counts)
print("main refcounts untouched by contexts")
print("ok")
