log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
f(v(1), v(2), k=v(3), *[v(4)], **{"z": v(5)})
print(log)
log.clear()
def target(a, b, c=0, *, d):
    return a, b, c, d
print(target(v("a"), c=v("c"), d=v("d"), b=v("b")))
print(log)
class O:
    def m(self, *a, **k):
        return a, k
print(O().m(1, x=2))
print(O.m(O(), *(1,), **{"y": 3})[1])
print(dict(a=1, **{"b": 2}), dict([("c", 3)], d=4))
def kw_names(**kw):
    return list(kw.items())
print(kw_names(**{"if": 1, "class": 2, "with space": 3}))
