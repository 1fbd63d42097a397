# The cycle collector reclaims large reference cycles: build() makes a
# ring of 1,000,000 objects that is unreachable once build() returns.
import gc

class Node:
    pass

def build(n):
    first = Node()
    cur = first
    for _ in range(n - 1):
        nxt = Node()
        cur.next = nxt
        cur = nxt
    cur.next = first

gc.disable()
print(gc.isenabled())
for _ in range(1):
    build(1_000_000)
    print(gc.collect() >= 1_000_000)
# Nothing is left over once the rings are gone.
print(gc.collect() < 1000)
gc.enable()
print(gc.isenabled())
