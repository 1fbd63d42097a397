# sys.exc_info across nested handlers and functions
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v))
show('start')
try:
    raise ValueError('outer')
except ValueError:
    show('in outer')
    try:
        raise KeyError('inner')
    except KeyError:
        show('in inner')
    show('back in outer')
    def helper():
        show('in helper')
    helper()
show('after')
def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield
        show('gen resumed')
g = gen()
next(g)
show('between')
next(g, None)
try:
    try:
        1 / 0
    finally:
        show('finally during exception')
except ZeroDivisionError:
    pass
