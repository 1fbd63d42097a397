# StopIteration.value and SystemExit.code
def g():
    yield 1
    return 'retval'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value)
for arg in [(), (0,), (3,), ('message',), (None,), (1, 2)]:
    try:
        raise SystemExit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print('sys.exit', e.code, isinstance(e, BaseException), isinstance(e, Exception))
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit()', e.code)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('custom')
print(list(It()))
def bad_gen():
    raise StopIteration('inside gen')
    yield
try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
