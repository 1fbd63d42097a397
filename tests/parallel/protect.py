# Protected objects: shared mutable state. Updates from the main thread and
# from contexts never get lost; context values stored into them are promoted
# (scalars) or persist their context (containers), which is freed once the
# protected object drops them.
import parallel, time

counts = parallel.dict(n=0)
assert parallel.protected(counts) and type(counts) is dict
plain = {}
assert not parallel.protected(plain)
assert parallel.protect(plain) is plain and parallel.protected(plain)
assert parallel.unprotect(plain) is plain and not parallel.protected(plain)

# The counter test: 2 workers and the main thread, += on one key.
N = 20_000
def bump(times):
    for _ in range(times):
        counts["n"] += 1
    return times
parallel.submit_work(bump, N)
parallel.submit_work(bump, N)
for _ in range(N):
    counts["n"] += 1
parallel.run()
assert counts["n"] == 3 * N, counts["n"]
print("no lost updates:", counts["n"])

# Attribute updates on a protected instance.
class Stats:
    def __init__(self):
        self.hits = 0
st = parallel.protect(Stats())
def hit(i):
    st.hits += 1
    return i
parallel.map(hit, range(1000), chunksize=10)
assert st.hits == 1000, st.hits
print("attribute updates:", st.hits)

# Reads while the main thread mutates: single reads need no lock; a
# multi-step read (iterating) takes the read lock.
shared = parallel.dict()
def reader(_):
    seen = 0
    for i in range(2000):
        v = shared.get(i)
        assert v is None or v == i * 2, (i, v)
        with parallel.read_lock(shared):
            items = list(shared.items())
        for k, v in items:
            assert v == k * 2, (k, v)
            seen += 1
    return seen
parallel.submit_work(reader, 0)
parallel.submit_work(reader, 0)
for i in range(5000):
    shared[i] = i * 2
    if i % 7 == 0:
        del shared[i // 2]
parallel.run()
print("concurrent reads ok")

# Context values stored into a protected list: scalars promoted, tuples of
# scalars promoted, containers make their context persist.
log = parallel.list()
def store(k):
    log.append(k * 1.5)
    log.append(("t", str(k), 2**70 + k))
    log.append({"k": k})
    return k
parallel.map(store, range(4))
assert sorted(x for x in log if isinstance(x, float)) == [0.0, 1.5, 3.0, 4.5]
assert sorted(x[1] for x in log if isinstance(x, tuple)) == ["0", "1", "2", "3"]
assert sorted(x["k"] for x in log if isinstance(x, dict)) == [0, 1, 2, 3]
parallel.run()
persisted = parallel.stats()["persisted_contexts"]
assert persisted >= 1, parallel.stats()
print("containers persisted their contexts:", persisted >= 1)
log.clear()
parallel.run()
assert parallel.stats()["persisted_contexts"] == 0, parallel.stats()
print("persisted contexts freed:", parallel.stats()["persisted_contexts"])

# A context removing the last reference frees the persisted context too.
box = parallel.dict()
parallel.submit_work(lambda: box.__setitem__("v", [1, 2, 3]))
parallel.run()
assert parallel.stats()["persisted_contexts"] == 1 and box["v"] == [1, 2, 3]
parallel.submit_work(lambda: box.pop("v"))
parallel.run()
parallel.run()
assert parallel.stats()["persisted_contexts"] == 0, parallel.stats()
print("freed after a context dropped it")

# The main thread may change a context's objects once the context has ended
# (its heap persists), not while it runs.
holder = parallel.dict()
started, release = parallel.event(), parallel.event()
def long_lived():
    holder["l"] = [1]
    started.set()
    while not release.is_set():
        time.sleep(0.001)
parallel.submit_work(long_lived)
while not started.is_set():
    time.sleep(0.001)
try:
    holder["l"].append(2)
except parallel.UnprotectedError as e:
    print("while it runs:", e)
release.set()
parallel.run()
holder["l"].append(2)
print("after it ended:", holder["l"])
del holder["l"]
parallel.run()
assert parallel.stats()["persisted_contexts"] == 0, parallel.stats()

# What cannot leave its context raises AssignmentError.
def store_gen():
    box["g"] = (i for i in range(3))
def store_iter():
    log.append(iter([1, 2]))
errs = []
for f in (store_gen, store_iter):
    parallel.submit_work(f, errback=lambda info: parallel.call_from_main_thread(errs.append, ((info[0].__name__, str(info[1])),)))
parallel.run()
print(sorted(errs))
assert "g" not in box

# Explicit lock blocks; a context's own protected objects.
with parallel.write_lock(counts):
    counts["a"] = counts.get("a", 0) + 1
with parallel.read_lock(counts):
    assert counts["a"] == 1
def own(_):
    d = parallel.dict(x=1)
    d["x"] += 1
    with parallel.write_lock(d):
        d["y"] = d["x"]
    return d
print(parallel.map(own, range(2)))
try:
    with parallel.write_lock({}):
        pass
except TypeError as e:
    print("TypeError:", e)

# protect() of a main object from a context is a mutation.
def protect_main():
    parallel.protect(plain)
parallel.submit_work(protect_main, errback=lambda info: parallel.call_from_main_thread(print, ("protect from context:", info[0].__name__)))
parallel.run()
print("ok")
