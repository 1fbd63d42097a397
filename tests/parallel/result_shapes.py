# Values leaving a context (map results, errors) and entering one (answers
# of call_from_main_thread_and_wait) keep their shape: shared references
# stay shared, cycles stay cycles, and deep structures are copied without
# a depth limit.
import parallel

class Node:
    def __init__(self, v, nxt):
        self.v, self.next = v, nxt

def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

n, count = parallel.map(chain, [100_000])[0], 0
while n is not None:
    count += 1
    n = n.next
assert count == 100_000, count

def nested(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

r, depth = parallel.map(nested, [200_000])[0], 0
while r:
    r, depth = r[0], depth + 1
assert depth == 200_000, depth

def shared(i):
    s = [i]
    d = {"a": s, "b": s}
    d["me"] = d
    node = Node(1, None)
    node.next = node
    return [d, (s, s), s, bytearray(b"x"), {node}, node]

d, t, s, b, st, node = parallel.map(shared, [7])[0]
assert d["a"] is d["b"] is s and d["me"] is d
assert t[0] is s and t[1] is s and s == [7]
assert b == bytearray(b"x") and node.next is node and st == {node}

@parallel.call_from_main_thread_and_wait
def from_main():
    l = [1]
    l.append(l)
    return {"l": l, "again": l}

def use(i):
    r = from_main()
    return r["l"][1] is r["l"] and r["again"] is r["l"]

assert parallel.map(use, range(3)) == [True] * 3

def self_referring_error(i):
    e = ValueError("v")
    e.me = e
    raise e

try:
    parallel.map(self_referring_error, [1])
except ValueError as e:
    assert e.me is e and e.args == ("v",)
else:
    raise AssertionError("no error")
print("ok")
