# iteration protocol: __iter__/__next__, __getitem__ fallback, iter() sentinel
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), iter(c) is c)
print(sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True), 2 in Count(3), list(zip(Count(2), Count(5))))
class Idx:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(Idx()), 9 in Idx(), list(enumerate(Idx())))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
data = iter([1, 2, 3, 4])
print(next(data), list(data), list(data))
lines = ['a', 'b', '', 'c']
pos = [0]
def reader():
    v = lines[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, '')))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__)  # message differs between 3.11 and 3.12
it = iter('ab')
print(next(it, None), next(it, None), next(it, None), next(it, 'end'))
def gen():
    yield from range(3)
g = gen()
print(next(g), list(g), next(g, 'exhausted'))
