def square(x):
    return x * x
def cube(x):
    return x ** 3
table = {"sq": square, "cube": cube}
print({k: fn(3) for k, fn in table.items()})
def apply_all(fns, v):
    return [fn(v) for fn in fns]
print(apply_all([square, cube, abs, str], -2))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
print(compose(str, square, abs)(-4))
alias = square
print(alias is square, alias.__name__, alias(5))
def returns_fn(kind):
    if kind == "up":
        def op(s): return s.upper()
    else:
        def op(s): return s.lower()
    return op
print(returns_fn("up")("Ab"), returns_fn("down")("Ab"))
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a"], key=len))
print(list(map(square, filter(lambda v: v % 2, range(6)))))
funcs = [square, cube]
funcs.sort(key=lambda fn: fn.__name__)
print([fn.__name__ for fn in funcs])
def counter_attr():
    counter_attr.calls += 1
    return counter_attr.calls
counter_attr.calls = 0
counter_attr(); counter_attr()
print(counter_attr.calls)
