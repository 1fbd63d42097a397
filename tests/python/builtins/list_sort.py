# list.sort and sorted: key, reverse, stability
a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
recs = [('x', 3), ('y', 1), ('z', 3), ('w', 1), ('v', 2)]
recs.sort(key=lambda r: r[1]); print(recs)
recs.sort(key=lambda r: r[1], reverse=True); print(recs)
print(sorted([3.5, -1, 2, True, 0.0]), sorted([]), sorted('cba'), sorted({3: 'a', 1: 'b'}), sorted((2, 1)))
print(sorted([[2, 1], [1, 5], [1, 2]]), sorted([(1, 'b'), (1, 'a')]))
big = list(range(1000, 0, -1)); big.sort(); print(big[:5], big[-3:])
m = [(i % 7, i) for i in range(30)]
print(sorted(m, key=lambda t: t[0])[:12])
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
print(l.sort(), l)
print(sorted([-3, 2, -1], key=abs), max([-3, 2, -1], key=abs))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
