def g():
    x = yield
    yield 10 / x
gen = g()
next(gen)
gen.send(0)
