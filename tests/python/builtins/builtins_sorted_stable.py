# sorted(): stability, key, reverse, errors; exec/eval/compile corners; exit/quit
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(range(200, 0, -3))[:5], sorted([5, 1, 4] * 30)[::20], sorted(list(range(100)) + list(range(50)))[-5:])
big = [(i * 7919) % 1009 for i in range(3000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s), s[:5], s[-3:])
print(sorted([3.5, 1, 2.25, True]), sorted('hello'), sorted([[2], [1, 5], [1]]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K({self.v})'
print(sorted([K(3), K(1), K(2)]), sorted([K(3), K(1), K(2)], reverse=True))
for args, kw in (((1,), {}), (([1, 'a'],), {}), (([1, 2], None), {}), (([1],), {'cmp': 1}), (([3, 1],), {'key': 5})):
    try:
        sorted(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
def boom(x):
    if x == 2:
        raise ValueError('key failed')
    return x
try:
    sorted([1, 2, 3], key=boom)
except ValueError as e:
    print(type(e).__name__, e)
print(eval('  1 +\t1'), eval('x', {'x': 1}, None), exec('pass', None, None))
ns = {}
exec(compile('a = 1\nb = a + 1', 'fname', 'exec'), ns)
print(ns['a'], ns['b'], '__builtins__' in ns)
c = compile(b'40 + 2', '<bytes>', 'eval')
print(eval(c), c.co_filename, type(c).__name__)
for bad in (lambda: eval(5), lambda: exec(5), lambda: eval('1', []), lambda: compile('1', 'f', 'exec', 0, False, -1, 5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eval('len', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval('len', {'__builtins__': {'len': 'mine'}}))
print(repr(exit), repr(quit))
try:
    exit(7)
except SystemExit as e:
    print('SystemExit', e.args)
