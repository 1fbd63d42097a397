def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
def attempt(call):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: f(1, b=2, c=3, d=4))
attempt(lambda: f(1, 2, 3, 4))
attempt(lambda: f(1, 2, 3))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def kw_only(*, a, b=2):
    return a, b
print(kw_only(a=1))
attempt(lambda: kw_only(1))
attempt(lambda: kw_only())
def pos_only_default(a, b=10, /):
    return a + b
print(pos_only_default(1), pos_only_default(1, 2))
attempt(lambda: pos_only_default(a=1))
def star_then_kw(*args, sep="-"):
    return sep.join(args)
print(star_then_kw("a", "b"), star_then_kw("a", "b", sep="+"))
