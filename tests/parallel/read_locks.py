# Protected objects: readers share a read lock, writers take a write lock.
# Every mutating method of a protected object runs under the object's write
# lock, and every SINGLE built-in read of it (one builtin call, one
# operator: list(l), l.copy(), l[:], repr(d), set(s), bytes(b), ...) under
# its read lock, so such a read sees the object entirely before or entirely
# after a concurrent multi-item write, never half of it. Reads made of
# several steps (a Python for loop, two subscripts) may interleave with
# writes and are not checked here.
#
# Each scenario: two worker contexts repeat single reads of a protected
# container and count the results that are not a state some whole write
# left (or that raise); meanwhile the main thread keeps rewriting the
# container with invariant-preserving multi-item writes until both readers
# are done. Without the read lock the readers catch writes half done
# within a fraction of a second.
# `--counts` prints the inconsistent reads per check instead of asserting.
import parallel, sys, time

COUNTS = "--counts" in sys.argv
# A reader stops after `reads` rounds of its checks or READ_SECONDS,
# whichever comes first (readers queued behind a busy writer must not make
# the program slow). The writer stops when both readers are done, or at
# the latest after MAX_WRITES writes or WRITE_SECONDS (a hung reader must
# not leave the main thread allocating forever).
READ_SECONDS = 0.4
MAX_WRITES = 1_000_000
WRITE_SECONDS = 3.0


def scenario(title, obj, write, checks, reads):
    names = [name for name, _ in checks]
    state = parallel.dict({name: 0 for name in names}, done=0)
    errors = parallel.dict()

    def reader(_):
        bad = [0] * len(checks)
        stop = time.monotonic() + READ_SECONDS
        try:
            for _ in range(reads):
                if time.monotonic() > stop:
                    break
                for j, (name, check) in enumerate(checks):
                    try:
                        ok = check(obj)
                    except Exception as e:
                        # A single read raising (ValueError from index(),
                        # "changed size during iteration", ...) saw a
                        # half-written container too.
                        ok = False
                        errors[name] = type(e).__name__ + ": " + str(e)
                    if not ok:
                        bad[j] += 1
        finally:
            for j, name in enumerate(names):
                state[name] += bad[j]
            state["done"] += 1
        return 0

    t0 = time.monotonic()
    parallel.submit_work(reader, 0)
    parallel.submit_work(reader, 1)
    i = 0
    deadline = time.monotonic() + WRITE_SECONDS
    while state["done"] < 2 and i < MAX_WRITES and time.monotonic() < deadline:
        write(obj, i)
        i += 1
    parallel.run()
    assert state["done"] == 2, state
    if COUNTS:
        found = {n: state[n] for n in names if state[n]}
        print(title, "%.3fs" % (time.monotonic() - t0), "writes:", i, "inconsistent:", found, dict(errors), flush=True)
    else:
        bad = {name: state[name] for name in names if state[name]}
        assert not bad, (title, "inconsistent reads:", bad, dict(errors))
        print(title + ": single reads saw whole writes only")


# 1. A list reversed in place: every single read gives ascending or
#    descending, whole.
N1 = 1000
asc, desc = list(range(N1)), list(range(N1 - 1, -1, -1))
list_states = (asc, desc)
tuple_states = (tuple(asc), tuple(desc))
repr_states = (repr(asc), repr(desc))


def write_reverse(l, i):
    l.reverse()


scenario("list.reverse", parallel.list(asc), write_reverse, [
    ("list(l)", lambda l: list(l) in list_states),
    ("tuple(l)", lambda l: tuple(l) in tuple_states),
    ("l.copy()", lambda l: l.copy() in list_states),
    ("l[:]", lambda l: l[:] in list_states),
    ("l[::-1]", lambda l: l[::-1] in list_states),
    ("[*l]", lambda l: [*l] in list_states),
    ("l + []", lambda l: l + [] in list_states),
    ("l * 1", lambda l: l * 1 in list_states),
    ("repr(l)", lambda l: repr(l) in repr_states),
    ("str(l)", lambda l: str(l) in repr_states),
    ("l.index(0)", lambda l: l.index(0) in (0, N1 - 1)),
    ("l.count(0)", lambda l: l.count(0) == 1),
], reads=3000)


# 2. A list always holding N2 equal items, rewritten by slice assignment
#    (same length: items exchanged in place, front to back or back to
#    front) and by __init__ (one write, though it empties the list and
#    then fills it).
N2 = 300


def write_all_equal(l, i):
    m = i % 4
    if m == 0:
        l[:] = [i] * N2
    elif m < 3:
        l[::-1] = [i] * N2
    else:
        l.__init__([i] * N2)


def all_equal(items):
    return len(items) == N2 and len(set(items)) == 1


scenario("list rewrite", parallel.list([0] * N2), write_all_equal, [
    ("l.copy()", lambda l: all_equal(l.copy())),
    ("list(l)", lambda l: all_equal(list(l))),
    ("tuple(l)", lambda l: all_equal(tuple(l))),
    ("l[:]", lambda l: all_equal(l[:])),
    ("sorted(l)", lambda l: all_equal(sorted(l))),
    ("set(l)", lambda l: len(set(l)) == 1),
    ("sum(l)", lambda l: sum(l) % N2 == 0),
    ("len(l)", lambda l: len(l) == N2),
    ("repr(l)", lambda l: all_equal(eval(repr(l)))),
], reads=3000)


# 3. A dict whose values are always all equal, updated all at once.
keys3 = ["k%d" % k for k in range(100)]


def write_dict(d, i):
    m = i % 3
    if m == 0:
        d.update({k: i for k in keys3})
    elif m == 1:
        d.update([(k, i) for k in keys3])
    else:
        d |= {k: i for k in keys3}


def one_value(values):
    values = list(values)
    return len(values) == len(keys3) and len(set(values)) == 1


scenario("dict.update", parallel.dict({k: 0 for k in keys3}), write_dict, [
    ("set(d.values())", lambda d: len(set(d.values())) == 1),
    ("list(d.values())", lambda d: one_value(list(d.values()))),
    ("[*d.values()]", lambda d: one_value([*d.values()])),
    ("list(d.items())", lambda d: one_value(v for _, v in list(d.items()))),
    ("dict(d)", lambda d: one_value(dict(d).values())),
    ("d.copy()", lambda d: one_value(d.copy().values())),
    ("{**d}", lambda d: one_value({**d}.values())),
    ("d | {}", lambda d: one_value((d | {}).values())),
    ("sum(d.values())", lambda d: sum(d.values()) % len(keys3) == 0),
    ("repr(d)", lambda d: one_value(eval(repr(d)).values())),
], reads=800)


# 4. A bytearray whose bytes are always all equal, rewritten by slice
#    assignment, front to back or back to front.
N4 = 1024


def write_bytes(b, i):
    if i % 2:
        b[:] = bytes([i % 256]) * N4
    else:
        b[::-1] = bytes([i % 256]) * N4


def same_bytes(bs):
    return len(bs) == N4 and bs.count(bs[0]) == N4


scenario("bytearray slice assignment", parallel.protect(bytearray(N4)), write_bytes, [
    ("bytes(b)", lambda b: same_bytes(bytes(b))),
    ("bytearray(b)", lambda b: same_bytes(bytearray(b))),
    ("b.copy()", lambda b: same_bytes(b.copy())),
    ("b[:]", lambda b: same_bytes(b[:])),
    ("b + b''", lambda b: same_bytes(b + b"")),
    ("list(b)", lambda b: same_bytes(bytes(list(b)))),
    ("b.hex()", lambda b: same_bytes(bytes.fromhex(b.hex()))),
    ("sum(b)", lambda b: sum(b) % N4 == 0),
], reads=3000)


# 5. A set that is always N5 consecutive ints, moved up by a symmetric
#    difference (drops those N5, adds the next N5) in one write.
N5 = 100


def write_set(s, i):
    a = i * N5
    if i % 2 == 0:
        s ^= frozenset(range(a, a + 2 * N5))
    else:
        s.symmetric_difference_update(range(a, a + 2 * N5))


def updated(t, *others):
    t.update(*others)
    return t


def window(items):
    items = sorted(items)
    return len(items) == N5 and items[-1] - items[0] == N5 - 1


scenario("set symmetric difference", parallel.protect(set(range(N5))), write_set, [
    ("sorted(s)", lambda s: window(sorted(s))),
    ("set(s)", lambda s: window(set(s))),
    ("frozenset(s)", lambda s: window(frozenset(s))),
    ("s.copy()", lambda s: window(s.copy())),
    ("list(s)", lambda s: window(list(s))),
    ("tuple(s)", lambda s: window(tuple(s))),
    ("s | set()", lambda s: window(s | set())),
    # A protected set as a built-in method's second argument.
    ("set().union((), s)", lambda s: window(set().union((), s))),
    ("t.update((), s)", lambda s: window(updated(set(), (), s))),
    ("len(s)", lambda s: len(s) == N5),
    ("sum(s)", lambda s: (sum(s) - N5 * (N5 - 1) // 2) % N5 == 0),
], reads=3000)


print("ok")
