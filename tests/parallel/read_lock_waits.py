# Built-in reads of protected objects take the read lock, and may run
# Python code that writes what is being read, or waits for threads that
# do: none of this may deadlock (the read is suspended while its thread
# waits, as CPython suspends its per-object critical sections).
import parallel

# Two workers inside `d.get(key)` both write `d` from the key's __eq__
# (the classic read-to-write upgrade, twice at once).
d = parallel.dict()

class Probe:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        d["writes"] += 1
        return False

class Seven:
    def __hash__(self):
        return 7

d[Seven()] = "stored"
d["writes"] = 0

def probe(n):
    for _ in range(300):
        assert d.get(Probe(n)) is None
    return n

parallel.submit_work(probe, 1)
parallel.submit_work(probe, 2)
parallel.run()
assert d["writes"] >= 600, d["writes"]
print("writes from inside reads: done")

# A context inside `log.index(x)` waits for the main thread, which writes
# `log` to answer.
log = parallel.list([0])

def main_appends():
    log.append(len(log))
    return len(log)

class AskMain:
    def __eq__(self, other):
        parallel.call_from_main_thread_and_wait(main_appends, ())
        return False

def ask(n):
    try:
        log.index(AskMain(), 0, 1)
    except ValueError:
        return "not found"

parallel.submit_work(ask, 1)
parallel.submit_work(ask, 2)
parallel.run()
assert log == [0, 1, 2], log
print("main thread wrote while a context read:", log)

# The main thread inside `log.count(x)` runs a parallel.map whose workers
# append to `log`.
class MapAppends:
    done = False
    def __eq__(self, other):
        # Once: count() goes on over the items appended.
        if not self.done:
            self.done = True
            parallel.map(log.append, range(10, 14))
        return False

assert log.count(MapAppends()) == 0
assert sorted(log) == [0, 1, 2, 10, 11, 12, 13], log
print("workers wrote while the main thread read:", sorted(log))

# repr of a protected list whose item's __repr__ writes the list.
class Grows:
    def __repr__(self):
        if len(shown) < 5:
            shown.append(len(shown))
        return "G"

shown = parallel.list([Grows()])
r = repr(shown)
assert r == "[G, 1]", r
print("a repr that writes what it shows:", r)

# The read lock of `read_lock` and the write of an update coexist with
# implicit reads of the same object in the same thread.
with parallel.read_lock(d):
    assert len(d) == 2 and d.get("writes") >= 600
d["n"] = 0
with parallel.write_lock(d):
    d["n"] += len(d)
assert d["n"] == 3, d
print("ok")
