# sys.exc_info and sys.exception-like behaviour
import sys
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, type(tb).__name__)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[1]
e = f()
print(repr(e), sys.exc_info() == (None, None, None))
