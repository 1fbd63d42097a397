# reverse(), reversed(), copy()
for l in [[], [1], [1, 2], [1, 2, 3], list('abcdef')]:
    c = l.copy()
    c.reverse()
    print(l, c, list(reversed(l)), l[::-1] == c)
a = [1, 2, 3]
it = reversed(a)
a.append(4)
print(list(it))
b = [1, 2, 3]
it2 = reversed(b)
print(next(it2))
b.clear()
print(list(it2))
c = [[1], [2]]
d = c.copy()
d[0].append('shared')
d.append('own')
print(c, d)
print(type(reversed([])).__name__ == type(reversed([1])).__name__, list(reversed(range(0))))
