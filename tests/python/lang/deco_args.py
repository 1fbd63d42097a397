def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("a"))
def tag(name, *, close=True):
    def deco(fn):
        def wrapper():
            s = "<" + name + ">" + fn()
            return s + "</" + name + ">" if close else s
        return wrapper
    return deco
@tag("b")
def bold():
    return "text"
@tag("br", close=False)
def br():
    return ""
print(bold(), br())
def deco_factory_log(log):
    def deco(fn):
        log.append("decorating " + fn.__name__)
        return fn
    return deco
log = []
@deco_factory_log(log)
def target(): pass
print(log)
class Multiply:
    def __init__(self, k):
        self.k = k
    def __call__(self, fn):
        return lambda x: fn(x) * self.k
@Multiply(10)
def ident(x):
    return x
print(ident(4))
handlers = {}
@(lambda fn: handlers.setdefault(fn.__name__, fn))
def expr_deco():
    return "arbitrary expression decorator"
print(handlers["expr_deco"]())
