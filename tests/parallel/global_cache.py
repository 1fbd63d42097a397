# Contexts read globals through the LoadGlobal caches that the main thread
# fills. A hit must stay right while the main thread rebinds, adds and
# deletes globals (and so refills the caches and resizes the globals dict):
# a context sees a global shadowing a builtin once it exists, the builtin
# once it is gone, and never a value the name did not have.
import parallel, time

X = 0
state = parallel.dict(done=0, bad=0)


def probe():
    # X: a global (cached by entry position); abs: a builtin (cached by the
    # globals' version), or the global the main thread defines below.
    return X, abs(-1)


def reader(_):
    bad = 0
    for _ in range(20000):
        x, a = probe()
        if type(x) is not int or x < 0 or a not in (1, "shadow"):
            bad += 1
    state["bad"] += bad
    state["done"] += 1


parallel.submit_work(reader, 0)
parallel.submit_work(reader, 1)
g = globals()
deadline = time.monotonic() + 20
i = 0
while state["done"] < 2 and time.monotonic() < deadline:
    i += 1
    X = i
    probe()
    g["abs"] = lambda n: "shadow"
    probe()
    del g["abs"]
    probe()
    for k in range(20):
        g[f"pad{k}"] = k
    for k in range(20):
        del g[f"pad{k}"]
parallel.run()
assert state["done"] == 2 and state["bad"] == 0, state
print("concurrent cache hits: right")

# The main thread fills the caches, then changes what they would answer;
# contexts started afterwards see the change.
probe()
abs = lambda n: "shadow"
assert parallel.map(lambda _: probe(), range(8)) == [(i, "shadow")] * 8
probe()
del abs
X = -1
assert parallel.map(lambda _: probe(), range(8)) == [(-1, 1)] * 8
print("hits after a change: the new value")
print("ok")
