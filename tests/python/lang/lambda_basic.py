sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "immediate")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda x: x > 2, [1, 5, 2, 8])))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(5), cond(0), cond(-5))
kwonly = lambda *, k: k * 2
print(kwonly(k=4))
posonly = lambda a, /, b: a - b
print(posonly(10, b=3))
funcs = {"double": lambda x: x * 2, "neg": lambda x: -x}
print(funcs["double"](4), funcs["neg"](4))
print((lambda x: (yield x))(1).__class__.__name__)
