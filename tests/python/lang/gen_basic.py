def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)), max(squares(3)))
def with_return():
    yield "a"
    return "the value"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def nonempty_yield_none():
    yield
print(list(nonempty_yield_none()))
def lazy():
    print("body runs only on first next")
    yield
l = lazy()
print("created")
next(l)
print(gen.__name__, g.__name__ if hasattr(g, "__name__") else None)
