# sorted() and reversed() on many inputs
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted('cab'), sorted({3: 'x', 1: 'y'}), sorted({2, 1, 3}), sorted(range(5, 0, -1)), sorted(x for x in [2, 1]))
print(sorted({'b': 1, 'a': 2}.items()), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(sorted(['a', 'B', 'c'], key=str.lower, reverse=True), sorted([], reverse=True), sorted([1], key=lambda x: 1 / 0 if x > 1 else x))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('ab')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
class Rev:
    def __reversed__(self): return iter(['custom', 'reversed'])
print(list(reversed(Rev())))
for bad in (5, {1}, (x for x in [1])):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], reverse=True, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
