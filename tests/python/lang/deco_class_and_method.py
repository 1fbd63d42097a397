def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"))
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Conf:
    def __init__(self, v):
        self.v = v
a = Conf(1)
b = Conf(2)
print(a is b, b.v)
def log_method(fn):
    def w(self, *a):
        return f"{type(self).__name__}.{fn.__name__}{a} -> {fn(self, *a)}"
    return w
class Calc:
    @log_method
    def add(self, x, y):
        return x + y
print(Calc().add(2, 3))
class Sub(Calc):
    pass
print(Sub().add(1, 1))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
