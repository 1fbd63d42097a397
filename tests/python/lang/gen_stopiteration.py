def g():
    yield 1
    raise StopIteration("inside generator")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print("value", e.value)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration(7)
print(e.value, e.args)
print(StopIteration().value)
def uses_next(it):
    yield next(it)
    yield next(it)
try:
    print(list(uses_next(iter([1]))))
except RuntimeError as e:
    print(type(e).__name__, e)
