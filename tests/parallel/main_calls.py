# call_from_main_thread and call_from_main_thread_and_wait: queued from
# contexts, run by the main thread in run(); values and exceptions
# round-trip; from the main thread they simply call.
import parallel

log = []

@parallel.call_from_main_thread
def note(*args, **kwds):
    assert not parallel.is_parallel_thread()
    log.append((args, kwds))

@parallel.call_from_main_thread_and_wait
def ask(kind):
    assert not parallel.is_parallel_thread()
    if kind == "list":
        return [1, 2, {"k": "v"}]
    if kind == "big":
        return 2**80
    if kind == "error":
        raise KeyError("missing")
    return log  # a main list: the context gets a copy

def work(n):
    note(n, key=n * 2)
    got = ask("list")
    got.append("mutable copy")
    assert ask("big") == 2**80
    try:
        ask("error")
    except KeyError as e:
        err = str(e)
    parallel.call_from_main_thread(log.append, (("plain", n),))
    return got, err

out = parallel.map(work, [1, 2])
parallel.run()
print(out)
print(sorted(map(repr, log)))

# From the main thread they just call.
note("direct")
print(ask("big"), log[-1])
print(parallel.call_from_main_thread(max, (3, 9)))
print(parallel.call_from_main_thread_and_wait(dict, None, {"a": 1}))

# An error in a queued call without a waiter is raised by run().
@parallel.call_from_main_thread
def explode():
    raise ZeroDivisionError("in main")
parallel.submit_work(lambda: explode())
try:
    parallel.run()
except ZeroDivisionError as e:
    print("run() raised:", e)
print("ok")
