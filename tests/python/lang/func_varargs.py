def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return kw
print(h(), h(a=1, b=2))
print(type(h()).__name__)
def full(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(full(1, c=3))
print(full(1, 2, 3, 4, c=5, e=6, f=7))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def mutate(*args, **kw):
    kw["new"] = 1
    return kw
d = {"x": 1}
print(mutate(**d), d)
def count(*a, **k):
    return len(a), len(k)
print(count(*range(5), **{"p": 1, "q": 2}))
