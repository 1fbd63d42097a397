"""Timers, events and waits: a heartbeat timer ticks in parallel contexts
while a job waits for an event that another job sets; results come back to
the main thread through call_from_main_thread.

    pyrallel examples/timers_and_waits.py
"""
import parallel

log = []
note = parallel.call_from_main_thread(log.append)

# A one-shot timer, and a repeating heartbeat cancelled after the work.
parallel.submit_timer(0.01, note, ("one-shot timer fired",))
beats = parallel.submit_timer(0.005, lambda: "beat", repeat=True)

ready = parallel.event()


def producer():
    total = sum(i * i for i in range(100_000))
    note(f"producer computed {total}")
    ready.set()  # wakes the waiting consumer


def consumer(tag):
    note(f"consumer {tag} ran after the event was set: {ready.is_set()}")


parallel.submit_wait(ready, consumer, ("A",))
parallel.submit_timer(0.02, producer)

# A wait that nobody signals times out into its errback.
never = parallel.event()
parallel.submit_wait(never, consumer, ("never",), timeout=0.05,
                     errback=lambda info: note(f"wait timed out: {info[0].__name__}"))

# Stop the heartbeat once everything else is done.
parallel.submit_timer(0.1, parallel.call_from_main_thread(beats.cancel))

parallel.run()
# The events happened on different workers: print them in a fixed order.
for line in sorted(log):
    print(line)
print(f"heartbeat fired at least 5 times: {beats.count >= 5}, last data: {beats.data!r}")
