x = 1
f = lambda: x
x = 2
print(f())
def outer():
    y = 10
    return lambda z: y + z
print(outer()(5))
adders = [lambda a, n=n: a + n for n in range(3)]
print([add(10) for add in adders])
print((lambda *args: sum(args))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
recursive = lambda n: 1 if n <= 1 else n * recursive(n - 1)
print(recursive(6))
print((lambda: (lambda: "nested lambda")())())
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
