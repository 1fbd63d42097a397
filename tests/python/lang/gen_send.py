def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return "stopped"
e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send(42))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)
def fresh():
    x = yield
    print("x =", x)
    yield x * 2
f = fresh()
try:
    f.send(1)
except TypeError as err:
    print(type(err).__name__, err)
next(f)
print(f.send(21))
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
def running():
    acc = []
    while True:
        item = yield len(acc)
        acc.append(item)
r = running()
print(next(r), r.send("a"), r.send("b"), next(r))
