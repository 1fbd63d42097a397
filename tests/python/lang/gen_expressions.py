g = (x * x for x in range(5))
print(type(g).__name__)
print(list(g))
print(list(g))
print(sum(x for x in range(10) if x % 3 == 0))
print(max((len(w), w) for w in ["a", "abc", "ab"]))
print(tuple(c.upper() for c in "abc"))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted((x % 3 for x in range(10)), reverse=True))
def source():
    print("source evaluated")
    return range(3)
gen = (print("element", x) or x for x in source())
print("genexpr created")
print(list(gen))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print("".join(str(d) for d in range(5)))
nested = ((x, y) for x in range(2) for y in "ab" if x or y == "a")
print(list(nested))
