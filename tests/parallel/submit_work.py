# submit_work: callbacks, errbacks, argument forms, nested submission, run().
import parallel, time

results = []
record = parallel.call_from_main_thread(results.append)

def add(a, b=0, *, c=0):
    return a + b + c

# A result reaches its callback (in the same context).
parallel.submit_work(add, (1, 2), {"c": 3}, callback=lambda r: record(("cb", r, parallel.is_parallel_thread())))
# A non-tuple args is wrapped in a 1-tuple.
parallel.submit_work(add, 41, callback=lambda r: record(("one", r)))
parallel.submit_work(len, [5, 6], callback=lambda r: record(("list-arg", r)))
# None args means no arguments.
parallel.submit_work(lambda: 7, None, callback=lambda r: record(("none", r)))
parallel.run()
got = dict((r[0], r[1:]) for r in results)
assert got["cb"] == (6, True), got
assert got["one"] == (41,), got
assert got["none"] == (7,), got
assert got["list-arg"] == (2,), got
print("callbacks ok")

# The errback receives one (type, value, traceback) tuple.
results.clear()
def fails(x):
    raise ValueError(f"bad {x}")
def eb(info):
    t, v, tb = info
    record((t.__name__, str(v), type(tb).__name__, tb.tb_lineno))
parallel.submit_work(fails, 3, errback=eb)
parallel.run()
assert results == [("ValueError", "bad 3", "traceback", results[0][3])], results
print("errback ok")

# An error in a callback goes to the errback? No: to run() (PyParallel: the
# errback handles the function's error; a callback's own error is unhandled).
def bad_cb(r):
    raise RuntimeError("callback failed")
parallel.submit_work(add, 1, callback=bad_cb)
try:
    parallel.run()
except RuntimeError as e:
    print("callback error raised by run():", e)

# An errback that raises: run() raises that.
def bad_eb(info):
    raise KeyError("from errback")
parallel.submit_work(fails, 1, errback=bad_eb)
try:
    parallel.run()
except KeyError as e:
    print("errback error raised by run():", e)

# First error wins; the others come from later run() calls.
for i in range(3):
    parallel.submit_work(fails, i)
seen = []
for _ in range(3):
    try:
        parallel.run()
    except ValueError as e:
        seen.append(str(e))
assert sorted(seen) == ["bad 0", "bad 1", "bad 2"], seen
parallel.run()
print("errors one per run ok")

# run() with nothing to do returns at once.
t = time.perf_counter()
parallel.run()
parallel.run_once()
assert time.perf_counter() - t < 0.5
print("idle run ok")

# Work submitted from a context becomes its own context.
results.clear()
def outer(n):
    me = parallel.is_parallel_thread()
    parallel.submit_work(add, (n, 100), callback=lambda r: record(("inner", r)))
    return me
parallel.submit_work(outer, 5, callback=lambda r: record(("outer", r)))
parallel.run()
assert sorted(results) == [("inner", 105), ("outer", True)], results
print("nested ok")

# Bad arguments are errors at submission.
for bad in [lambda: parallel.submit_work(1), lambda: parallel.submit_work(add, 1, kwds=5),
            lambda: parallel.submit_work(add, 1, callback=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# run() from a context is refused.
def call_run():
    parallel.run()
errs = []
parallel.submit_work(call_run, errback=lambda i: record(("run", type(i[1]).__name__, str(i[1]))))
results.clear()
parallel.run()
print(results)
print("is_parallel_thread in main:", parallel.is_parallel_thread())
print("ok")
