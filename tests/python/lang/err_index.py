def last_of(items, n):
    return items[n]
data = [1, 2, 3]
print(last_of(data, 2))
print(last_of(data, 3))
