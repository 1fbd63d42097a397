# A generator suspended inside an except block keeps its own "exception
# being handled"; the caller's is restored while it is suspended.
import sys
def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it), sys.exc_info()[0])
try:
    raise ValueError("caller")
except ValueError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it))
def closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = closer()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
try:
    raise TypeError("after")
except TypeError as e:
    print(repr(e), e.__context__)
def raiser():
    try:
        yield
    except ValueError:
        raise KeyError("k")
r = raiser()
next(r)
try:
    r.throw(ValueError("v"))
except KeyError as e:
    print(repr(e), repr(e.__context__))
def ret():
    yield 1
    return "done"
x = ret()
next(x)
try:
    next(x)
except StopIteration as e:
    print(e.value, e.args)
print(StopIteration(3).value, StopIteration().value, SystemExit(2).code, SystemExit(1, 2).code)
try:
    undefined_name_here
except NameError as e:
    print(e.name)
e = ValueError("a")
e.extra = 1
print(e.extra, e.__dict__)
