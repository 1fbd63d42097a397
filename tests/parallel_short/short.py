# A short tour of the parallel runtime for valgrind's thread checkers
# (.ci/run runs it under helgrind): few contexts, small sizes, but every
# hand-off between threads: work items and callbacks, a protected dict
# counter written by contexts and the main thread, map over a few items,
# a timer, an event wait, calls into the main thread, a context value
# persisting in a protected container, reads of main containers the main
# thread writes meanwhile, and the read locks of built-in reads.
import parallel

counts = parallel.dict(n=0)
def bump(times):
    for _ in range(times):
        counts["n"] += 1
    return times
done = []
parallel.submit_work(bump, 20, callback=parallel.call_from_main_thread(done.append))
parallel.submit_work(bump, 20)
for _ in range(20):
    counts["n"] += 1
parallel.run()
assert counts["n"] == 60 and done == [20], (counts["n"], done)

def f(x):
    return (x * x) % 1009, str(x), [x]
items = list(range(8))
assert parallel.map(f, items, chunksize=2) == [f(x) for x in items]

@parallel.call_from_main_thread_and_wait
def ask(k):
    return [k, {"k": k}]
assert parallel.map(lambda k: ask(k)[1]["k"], [1, 2]) == [1, 2]

t = parallel.submit_timer(0.01, lambda: "tick")
ev = parallel.event()
got = []
parallel.submit_wait(ev, parallel.call_from_main_thread(got.append), ("waited",))
ev.set()
parallel.run()
assert t.count == 1 and t.data == "tick" and got == ["waited"], (t.count, t.data, got)

# A context container stored into a protected dict persists its context.
keep = parallel.dict()
def store(i):
    keep[i] = [i, "x" * i]
parallel.map(store, range(3))
assert keep[2] == [2, "xx"]
keep.clear()

# Contexts read a protected dict and a plain list while the main thread
# writes them.
shared = parallel.dict()
plain = []
def reader(_):
    n = 0
    for i in range(50):
        v = shared.get(i)
        assert v is None or v == i * 2
        n += len(plain)
    return n
parallel.submit_work(reader, 0)
parallel.submit_work(reader, 0)
for i in range(50):
    shared[i] = i * 2
    plain.append(i)
    if i % 7 == 0:
        del shared[i // 2]
parallel.run()
# Built-in reads take the read lock: a copy of a protected list never sees
# a reverse() half done, and reads whose Python code writes what they read
# (a read turning into a write, in two threads at once) do not deadlock.
rev = parallel.list(range(20))
def copier(_):
    for _ in range(20):
        c = rev.copy()
        assert c == sorted(c) or c == sorted(c, reverse=True), c
    return 0
parallel.submit_work(copier, 0)
parallel.submit_work(copier, 0)
for _ in range(20):
    rev.reverse()
parallel.run()

class Probe:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        looked["writes"] += 1
        return False
class Seven:
    def __hash__(self):
        return 7
looked = parallel.dict(writes=0)
looked[Seven()] = 0
def probe(_):
    for _ in range(10):
        assert looked.get(Probe()) is None
    return 0
parallel.submit_work(probe, 0)
parallel.submit_work(probe, 0)
parallel.run()
assert looked["writes"] >= 20, looked["writes"]
print("short ok", counts["n"])
