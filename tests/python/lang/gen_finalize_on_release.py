# A generator released while suspended inside try/finally (or with) is
# closed: its finally block runs when the last reference goes.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
for x in gen("loop"):
    break
print("after loop")
def f():
    g = gen("local")
    next(g)
    return "ret"
print(f())
g = gen("del")
next(g)
del g
print("after del")
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__)
def with_gen():
    with CM():
        yield 1
w = with_gen()
next(w)
w = None
print("after rebind")
def outer():
    yield from gen("inner")
o = outer()
next(o)
del o
print("end")
