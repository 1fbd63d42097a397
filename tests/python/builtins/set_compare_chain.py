# set comparisons as partial order
sets = [set(), {1}, {2}, {1, 2}, {1, 2, 3}]
for a in sets:
    print(sorted(a), [(a < b, a <= b, a == b, a >= b, a > b) for b in sets])
print({1} < {1, 2} < {1, 2, 3}, {1, 2} > {2} > set(), not ({1} < {2}) and not ({1} > {2}) and {1} != {2})
print(max([{1}, {2}], key=len), sorted([{3, 1}, {2}], key=min))
