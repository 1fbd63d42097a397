# enumerate zip map filter reversed iter next
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 5)), list(enumerate('ab', -1)))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip('ab', 'cd', 'ef')), dict(zip('ab', range(2))))
print(list(zip('ab', [1, 2], strict=True)))
for args in [('abc', [1, 2]), ('ab', [1, 2, 3]), ('ab', 'ab', 'abc'), ('abc', 'ab', 'abc')]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2, 3], [10, 20], [100, 200, 300])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, 'dflt'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
vals = [1, 2, 3, 0, 4]
print(list(iter(lambda: vals.pop(0), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
e = enumerate('xy'); print(next(e), next(e), type(e).__name__)
z = zip([1, 2], [3]); print(list(z), list(z))
m = map(str, [1]); print(iter(m) is m, list(m), list(m))
print(type(reversed([])).__name__, type(iter([])).__name__)
