print(sorted({x % 4 for x in range(10)}))
print({x // 2 for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({x: x ** 2 for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x: [y for y in range(x)] for x in range(3)})
print({(x, y): x * y for x in range(2) for y in range(2)})
print({c: c.upper() for c in "aab"})
print({k: i for i, k in enumerate("abca")})
words = ["apple", "avocado", "banana", "cherry", "blueberry"]
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(groups)
print(sorted({len(w) for w in words}))
try:
    {[1]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
