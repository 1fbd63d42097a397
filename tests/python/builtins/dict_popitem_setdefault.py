# popitem LIFO, setdefault patterns, get with defaults
d = dict(zip('abcde', range(5)))
items = []
while d:
    items.append(d.popitem())
print(items)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = {'a': None}
print(d.get('a', 'dflt'), d.get('b', 'dflt'), d.setdefault('a', 5), d.pop('a', 'x'), d)
nested = {}
nested.setdefault('x', {}).setdefault('y', {})['z'] = 1
print(nested)
inv = {v: k for k, v in {'one': 1, 'two': 2, 'uno': 1}.items()}
print(inv)
d = {1: 'a'}
d.update({1: 'b'}, **{'2': 'c'})
print(d)
d = {}
d.update(zip(range(3), 'xyz'))
print(d, d.pop(1), d)
