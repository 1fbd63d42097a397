# sets of tuples and frozensets, set algebra on composite keys
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
print(sorted(edges), len(edges), (2, 3) in edges, (3, 2) in edges)
undirected = {frozenset(e) for e in [(1, 2), (2, 1), (2, 3)]}
print(sorted(sorted(x) for x in undirected), len(undirected))
fam = {frozenset(), frozenset({1}), frozenset({1, 2})}
print(frozenset() in fam, frozenset({2, 1}) in fam, sorted(len(x) for x in fam))
power = [frozenset()]
for el in [1, 2, 3]:
    power += [s | {el} for s in power]
print(len(power), sorted(sorted(s) for s in power))
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(sorted(grid), sorted(grid & {(0, 0), (1, 1), (5, 5)}))
nested = frozenset({frozenset({1}), frozenset({2})})
print(sorted(sorted(s) for s in nested), frozenset({1}) in nested)
