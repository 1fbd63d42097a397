# dict with many inserts/deletes keeps insertion order semantics
d = {}
for i in range(1000):
    d[i] = i * i
for i in range(0, 1000, 3):
    del d[i]
for i in range(0, 30, 3):
    d[i] = 'back'
keys = list(d)
print(len(d), keys[:8], keys[-12:])
print(sum(v for v in d.values() if isinstance(v, int)))
s = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    s[w] = s.get(w, 0) + 1
print(s)
for k in list(s):
    if s[k] == 1:
        del s[k]
print(s)
m = {str(i): i for i in range(50)}
print(list(m)[:5], list(m.items())[-2:], len(m))
while len(m) > 45:
    m.popitem()
print(list(m)[-3:])
