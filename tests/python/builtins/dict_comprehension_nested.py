# dict comprehensions and nested dict building
squares = {n: n * n for n in range(6)}
print(squares)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if r != c}
print(grid)
nested = {outer: {inner: outer * inner for inner in range(3)} for outer in range(1, 4)}
print(nested, nested[2][2])
words = ['apple', 'bob', 'cat', 'apricot', 'banana']
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter, {k: len(v) for k, v in by_letter.items()})
swapped = {v: k for k, v in squares.items() if v % 2 == 0}
print(swapped)
merged = {**squares, **{0: 'zero', 10: 'ten'}}
print(merged)
print({k: v for k, v in zip('abc', range(3))}, dict((k, k.upper()) for k in 'xy'), {x: x for x in []})
