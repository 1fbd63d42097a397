# enumerate and zip in depth
e = enumerate(['a', 'b', 'c'], 1)
print(next(e), list(e), list(e))
print(list(enumerate('xy', start=-5)), list(enumerate(range(3), 10**20))[-1], list(enumerate(iter([]))))
for i, (a, b) in enumerate(zip('ab', 'cd')):
    print(i, a, b)
z = zip(range(3), 'abcdef', [True, False, None, 1])
print(list(z))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])), list(zip(*[])), list(zip('a', strict=True)))
keys, vals = zip(*{'k1': 1, 'k2': 2}.items())
print(keys, vals)
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip('ab', [1, 2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(3):
        print('gen yields', i)
        yield i
print(list(zip(gen(), 'ab')))
