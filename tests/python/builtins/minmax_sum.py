# min max sum any all sorted
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min('hello'), max('abc', 'abd'), max([1, 5, 3], key=lambda x: -x))
print(max([], default='none'), min([], default=0), max([2], default=5), min([(1, 'b'), (1, 'a')]))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'kiwi'], key=len), max([1, 3, 3.0], key=lambda x: x))
print(max(1, 2, key=lambda x: -x), max(iter([4, 9, 2])), min(range(5, 10)), max({1: 'a', 3: 'b'}))
for f in (lambda: max([]), lambda: min([])):
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__)  # message differs between 3.11 and 3.12
for f in (lambda: max(), lambda: max(1), lambda: max([1], [2], default=0), lambda: max(1, 'a')):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(10), start=5), sum([]), sum([1.5, 2]), sum([True, True]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([10**20, 1, -10**20]), sum([1e100, -1e100]), sum((1+1j, 2)))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
def gen():
    yield 1
    yield 0
    print('not reached')
print(all(gen()))
print(sorted([3, 1, 2], reverse=True), sorted('bca', key=None), sorted([(2, 'a'), (1, 'b')], key=lambda t: t[1]))
