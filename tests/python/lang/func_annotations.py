def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(sorted(f.__annotations__))
print(f.__annotations__["a"], f.__annotations__["b"], f.__annotations__["return"])
print(f(1))
def g(x): pass
print(g.__annotations__)
def side():
    print("annotation evaluated at def time")
    return int
def h(x: side()) -> side():
    pass
print(h.__annotations__["x"])
lam = lambda x: x
print(lam.__annotations__)
