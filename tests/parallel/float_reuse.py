# The main thread recycles dead floats and reuses temporaries in place.
# Once contexts may run, a float a context can still see must keep its
# value: recycling and reuse wait until no context is live.
import parallel, time

values = [float(i) + 0.5 for i in range(1000)]
state = parallel.dict(done=0, bad=0)


def reader(_):
    seen = list(values)  # the context holds the floats themselves
    bad = 0
    for _ in range(200):
        for i, v in enumerate(seen):
            if v != i + 0.5:
                bad += 1
    state["bad"] += bad
    state["done"] += 1


parallel.submit_work(reader, 0)
parallel.submit_work(reader, 1)
deadline = time.monotonic() + 20
total = 0.0
while state["done"] < 2 and time.monotonic() < deadline:
    # Drop the list's floats and make many new ones: a recycled or reused
    # float would change a value the readers still hold.
    values[:] = [v * 1.0 + 0.0 for v in values]
    values[:] = [(v - 0.5) * 2.0 / 2.0 + 0.5 for v in values]
    total += values[-1] * 2.0 - 1.0
parallel.run()
assert state["done"] == 2 and state["bad"] == 0, state
print("floats held by contexts: unchanged")

# With no context live, arithmetic after the pool started is still right
# (the value CPython 3.11 computes).
acc = 0.0
for i in range(100000):
    acc = acc * 0.5 + i * 0.25
assert acc == 49999.0, acc
print("arithmetic after contexts ended: right")
print("ok")
