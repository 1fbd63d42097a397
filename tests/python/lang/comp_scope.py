x = "outer"
result = [x for x in range(3)]
print(result, x)
s = {y for y in "ab"}
try:
    y
except NameError as e:
    print(type(e).__name__, e)
d = {k: k for k in range(2)}
print("k" in globals())
g = list(z for z in range(2))
print("z" in globals())
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def g2():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g2())
def h():
    return [[i * j for j in range(i)] for i in range(4)]
print(h())
i = 100
print([i for i in range(2)], i)
def walrus_leak():
    [last := v for v in range(5)]
    return last
print(walrus_leak())
print([x for x in [x for x in range(3)]])
acc = []
[acc.append(v) for v in range(3)]
print(acc)
