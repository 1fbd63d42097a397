def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
print(greet.__name__)
calls = []
def trace(fn):
    def wrapper(*a, **k):
        calls.append(fn.__name__)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    "add doc"
    return a + b
print(add(1, 2), add(3, 4), calls)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
def replace(fn):
    return 42
@replace
def gone(): pass
print(gone)
