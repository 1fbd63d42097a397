def attempt(call):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def f(a, b): pass
def g(a, b=1, *, c): pass
def h(): pass
def one(x): pass
def two_kw(*, p, q): pass
attempt(lambda: f(1))
attempt(lambda: f())
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, 2, c=3))
attempt(lambda: f(1, a=2))
attempt(lambda: g(1))
attempt(lambda: g(1, 2, 3, c=1))
attempt(lambda: h(1))
attempt(lambda: h(x=1))
attempt(lambda: one())
attempt(lambda: one(1, 2))
attempt(lambda: two_kw())
attempt(lambda: two_kw(p=1))
attempt(lambda: f(**{"a": 1, "b": 2, "z": 3}))
attempt(lambda: f(1, *[2, 3]))
attempt(lambda: f(1, **{"a": 1}))
class C:
    def m(self, x): pass
attempt(lambda: C().m())
attempt(lambda: C().m(1, 2))
attempt(lambda: C.m())
def three(a, b, c): pass
attempt(lambda: three(1))
