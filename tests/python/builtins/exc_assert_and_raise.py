# assert statement, raise with classes/instances
try:
    assert 1 + 1 == 3, ('tuple', 'msg')
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
for thing in (ValueError, ValueError('inst'), KeyboardInterrupt):
    try:
        raise thing
    except BaseException as e:
        print(type(e).__name__, e.args)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def raiser(exc):
    raise exc
for exc in (IndexError('i'), StopIteration(7), NotImplementedError('ni'), RecursionError('re'), OverflowError('of')):
    try:
        raiser(exc)
    except Exception as e:
        print(type(e).__name__, str(e), [c.__name__ for c in type(e).__mro__][1])
