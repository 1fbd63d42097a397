def g():
    yield 1
gen = g()
print(hasattr(gen, "send"), hasattr(gen, "throw"), hasattr(gen, "close"))
print(iter(gen) is gen, gen.__name__, gen.__qualname__)
print(list(gen), list(gen))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
c.close()
print(next(c, "closed"))
def gen_with_default(x=[]):
    x.append(len(x))
    yield list(x)
print(next(gen_with_default()), next(gen_with_default()))
class Container:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        yield from self.items
    def evens(self):
        return (x for x in self.items if x % 2 == 0)
c2 = Container(1, 2, 3, 4)
print(list(c2), list(c2.evens()), 3 in c2)
def yield_expr_values():
    a = yield
    b = yield a
    yield a + b
y = yield_expr_values()
next(y)
print(y.send(2), y.send(3))
def yield_in_expr():
    x = (yield 1) + (yield 2)
    yield x
yi = yield_in_expr()
print(next(yi), yi.send(10), yi.send(20))
