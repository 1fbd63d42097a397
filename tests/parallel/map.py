# parallel.map equals the builtin map, raises the same first exception,
# handles chunk sizes, few huge items, and nesting inside a context.
import parallel, builtins

def f(x):
    return (x * x) % 1009 + len(str(x))

items = list(range(10_000))
assert parallel.map(f, items) == list(builtins.map(f, items))
assert parallel.map(f, items, chunksize=1) == list(builtins.map(f, items))
assert parallel.map(f, items, 3333) == list(builtins.map(f, items))
assert parallel.map(f, iter(items)) == list(builtins.map(f, items))
assert parallel.map(f, []) == []
print("equal ok")

# Results of every built-in kind come back in the main heap.
kinds = [1, 2**100, 1.5, 2j, "s", b"b", bytearray(b"ba"), (1, "t"), [1, [2]], {"k": {1, 2}}, frozenset({3}), None, True]
back = parallel.map(lambda i: kinds[i] if not isinstance(kinds[i], (list, dict, bytearray)) else type(kinds[i])(kinds[i]), range(len(kinds)))
assert back == kinds, back
back[8].append(3)  # a main-heap list: mutable here
print("kinds ok")

class Point:
    def __init__(self, x):
        self.x = x
pts = parallel.map(Point, range(5))
assert [p.x for p in pts] == list(range(5)) and all(type(p) is Point for p in pts)
print("instances ok")

# Main objects come back by identity.
shared = [object() for _ in range(10)]
assert all(a is b for a, b in zip(parallel.map(lambda i: shared[i], range(10)), shared))
print("identity ok")

def g(x):
    if x % 1000 == 999:
        raise ValueError(f"bad {x}")
    return x

def first_error(fn, it, mapper):
    try:
        mapper(fn, it)
    except Exception as e:
        return type(e).__name__, str(e)
    return None

assert first_error(g, items, parallel.map) == first_error(g, items, lambda fn, it: list(builtins.map(fn, it))) == ("ValueError", "bad 999")
assert first_error(g, items, lambda fn, it: parallel.map(fn, it, chunksize=7)) == ("ValueError", "bad 999")
print("errors ok")

# A generator cannot leave its context.
try:
    parallel.map(lambda x: (i for i in range(x)), [1, 2])
except parallel.AssignmentError as e:
    print("AssignmentError:", e)

# A few huge items spread over the workers.
def heavy(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s
assert parallel.map(heavy, [100_000, 200_000, 50_000]) == [heavy(100_000), heavy(200_000), heavy(50_000)]

# map inside a context runs there.
assert parallel.map(lambda n: parallel.map(lambda y: y + n, range(3)), [10, 20]) == [[10, 11, 12], [20, 21, 22]]

for bad in (lambda: parallel.map(f, items, 0), lambda: parallel.map(1, items), lambda: parallel.map(f, 5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("ok")
