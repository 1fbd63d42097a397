def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__wrapped__ = wrapped
        wrapper.__dict__.update(wrapped.__dict__)
        return wrapper
    return deco
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print(f"calling {fn.__name__} with {a} {k}")
        return fn(*a, **k)
    return wrapper
@logged
def area(w, h=1):
    """Compute area."""
    return w * h
print(area(3, h=4))
print(area.__name__, area.__qualname__, area.__doc__, area.__wrapped__.__name__)
class K:
    def __repr__(self):
        return "K()"
    @logged
    def method(self, x):
        "method doc"
        return x + 1
print(K().method(1))
print(K.method.__qualname__, K.method.__doc__)
def count_calls(fn):
    @wraps(fn)
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls, noop.__name__)
