items = [1, 2]
assert len(items) == 2
assert len(items) == 3
