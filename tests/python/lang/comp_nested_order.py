log = []
def it(name, n):
    log.append(f"iter {name}")
    return range(n)
def cond(name, v):
    log.append(f"cond {name}={v}")
    return v % 2 == 0
r = [(a, b) for a in it("a", 3) if cond("a", a) for b in it("b", 2) if cond("b", b)]
print(r)
print(log)
flat = [c for word in ["hi", "yo"] for c in word]
print(flat)
print([[(r, c) for c in range(2)] for r in range(2)])
print([x for x in range(10) if x > 2 if x < 6 if x != 4])
print([x if x else "zero" for x in [0, 1, 0, 2]])
print({x: {y: x * y for y in range(2)} for x in range(2)})
