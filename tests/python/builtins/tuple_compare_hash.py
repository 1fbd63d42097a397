# tuple comparisons and hashing
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), () < (0,), (1, 'a') < (1, 'b'))
print((1, float('nan')) == (1, float('nan')), (0.0,) == (-0.0,), (1, 2) == [1, 2])
nan = float('nan')
print((nan,) == (nan,), [nan] == [nan])
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), max([(1, 2), (1, 3), (0, 9)]))
print(hash(()), hash((0,)), hash((1, 2)), hash((1, (2, 3))), hash(('a',)) == hash(('a',)), hash((1.0, 2)) == hash((1, 2)))
print(hash((True,)) == hash((1,)), hash((None,)) == hash((None,)), hash((-1,)), hash((-2,)))
d = {(1, 2): 'a', (1, 2, 3): 'b', (): 'empty'}
print(d[(1, 2)], d[1, 2, 3], d[()], (1, 2) in d, (2, 1) in d)
