# A context copies a main set (unprotected: reads need no lock) while the
# main thread grows and empties it. Each copy must be a proper set whose
# len() counts its keys; copying used to size the new table from a length
# read before the (meanwhile grown) table, and never returned.
import parallel, time

s = set(range(10))
state = parallel.dict(done=0, bad=0)

def reader(_):
    bad = 0
    for _ in range(5000):
        for c in (s.copy(), set(s), frozenset(s), s | set()):
            if len(c) != len(list(c)) or len(c) != sum(1 for _ in c):
                bad += 1
    state["bad"] += bad
    state["done"] += 1

parallel.submit_work(reader, 0)
parallel.submit_work(reader, 1)
deadline = time.monotonic() + 20
while state["done"] < 2 and time.monotonic() < deadline:
    s.update(range(1000))
    s.clear()
    s.update(range(10))
parallel.run()
assert state["done"] == 2 and state["bad"] == 0, state
print("copies of a set changing meanwhile: whole")
print("ok")
