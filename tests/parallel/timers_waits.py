# Timers fire in order, repeat until cancelled, keep a copy of their last
# result; waits fire on set() and time out with TimeoutError.
import parallel, time

fired = []
rec = parallel.call_from_main_thread(fired.append)
for d in (0.05, 0.01, 0.03, 0.02, 0.04):
    parallel.submit_timer(d, rec, (d,))
parallel.run()
assert fired == [0.01, 0.02, 0.03, 0.04, 0.05], fired
print("order ok")

class TD:  # timedelta-like
    def total_seconds(self):
        return 0.01
t = parallel.submit_timer(TD(), lambda: "once")
parallel.run()
assert t.count == 1 and t.data == "once", (t.count, t.data)
print("timedelta ok")

ticks = parallel.submit_timer(0.002, lambda: b"tick", repeat=True)
parallel.submit_timer(0.05, parallel.call_from_main_thread(ticks.cancel))
parallel.run()  # returns: the repeating timer was cancelled
n = ticks.count
time.sleep(0.03)
assert n >= 3 and ticks.count == n, (n, ticks.count)
assert ticks.data == b"tick"
print("repeat/cancel ok")

for v in (7, 2.5, "s", b"b", bytearray(b"ba"), [1]):
    t = parallel.submit_timer(0, lambda v=v: v)
    parallel.run()
    print(type(v).__name__, repr(t.data))

ev = parallel.event()
assert not ev.is_set()
got = []
keep = parallel.call_from_main_thread(got.append)
parallel.submit_wait(ev, keep, ("first",))
parallel.submit_wait(ev, keep, ("second",))
parallel.submit_timer(0.01, ev.set)
parallel.run()
assert sorted(got) == ["first", "second"] and ev.is_set()
parallel.submit_wait(ev, keep, ("already set",))
parallel.run()
assert got[-1] == "already set"
ev.clear()
assert not ev.is_set()
print("waits ok")

ev2 = parallel.event()
t0 = time.perf_counter()
parallel.submit_wait(ev2, keep, ("never",), errback=lambda info: keep((info[0].__name__, str(info[1]))), timeout=0.02)
parallel.run()
assert time.perf_counter() - t0 < 1.0
print(got[-1])
parallel.submit_wait(ev2, keep, ("never",), timeout=0.01)
try:
    parallel.run()
except TimeoutError as e:
    print("run() raised TimeoutError:", e)
ev2.set()  # the timed-out waits do not run any more
parallel.run()
assert "never" not in got

# An event set from a context starts the waits.
ev3 = parallel.event()
parallel.submit_wait(ev3, keep, ("from context",))
parallel.submit_work(ev3.set)
parallel.run()
assert got[-1] == "from context"

for bad in (lambda: parallel.submit_timer(-1, print), lambda: parallel.submit_timer("x", print), lambda: parallel.submit_wait(5, print)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("ok")
