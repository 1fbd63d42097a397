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

# Crossed writes that read each other: `a.update(b)` with `b.update(a)`,
# `a |= b` with `b |= a`, `a[:] = b` with `b[:] = a`. Each reads its
# argument before it writes its receiver, and never waits for a read while
# holding a write.
d1, d2 = parallel.dict(a=1), parallel.dict(b=2)
s1, s2 = parallel.protect({1}), parallel.protect({2})
l1, l2 = parallel.list([1, 1]), parallel.list([2, 2])

def crossed(flip):
    (x, y), (u, v), (p, q) = ((d1, d2), (s1, s2), (l1, l2)) if flip else ((d2, d1), (s2, s1), (l2, l1))
    for _ in range(500):
        x.update(y)
        u |= v
        p[:] = q
    return flip

parallel.submit_work(crossed, True)
parallel.submit_work(crossed, False)
crossed(True)
parallel.run()
assert d1 == d2 == {"a": 1, "b": 2} and s1 == s2 == {1, 2}, (d1, d2, s1, s2)
assert l1 == l2 and l1 in ([1, 1], [2, 2]), (l1, l2)
print("crossed writes that read each other: done")

# The same with a second argument: `s1.update(s3, s2)` with
# `s2.update(s3, s1)`. Every positional argument is read under its lock
# before the receiver is written, so neither thread waits for a read while
# holding its write.
s3 = parallel.protect({3})

def crossed_two(flip):
    x, y = (s1, s2) if flip else (s2, s1)
    for _ in range(500):
        x.update(s3, y)
    return flip

parallel.submit_work(crossed_two, True)
parallel.submit_work(crossed_two, False)
crossed_two(True)
parallel.run()
assert s1 == s2 == {1, 2, 3}, (s1, s2)
print("crossed writes with two arguments: done")

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
