# map and filter in depth (laziness, multiple iterables)
calls = []
def sq(x):
    calls.append(x)
    return x * x
m = map(sq, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(str.upper, ['a', 'b'])), list(map(int, '123')), list(map(len, [[1], 'ab', {}])))
print(list(filter(lambda x: x > 0, [-1, 2, -3, 4])), list(filter(None, (0, 0.0, '', 'x', [], [1]))), list(filter(str.isalpha, 'a1b2')))
print(list(filter(None, [])), type(filter(None, [])).__name__, type(map(str, [])).__name__)
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f))
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(sum(map(int, '12345')), ''.join(map(chr, [72, 105])), dict(map(lambda k: (k, len(k)), ['aa', 'b'])))
