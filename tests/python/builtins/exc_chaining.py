# __cause__, __context__, __traceback__, with_traceback
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__context__, e.__suppress_context__)
try:
    raise IndexError('i')
except IndexError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__, e.__traceback__.tb_lineno > 0)
e = ValueError('fresh')
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError('a')
except ValueError as ex:
    tb = ex.__traceback__
e2 = TypeError('b').with_traceback(tb)
print(e2.__traceback__ is tb, type(e2).__name__)
def chain():
    try:
        raise KeyError('first')
    except KeyError as first:
        try:
            raise ValueError('second')
        except ValueError as second:
            return second
s = chain()
print(repr(s), repr(s.__context__), s.__context__.__context__)
try:
    raise ValueError('x') from TypeError('cause')
except ValueError as ex:
    print(repr(ex.__cause__), ex.__suppress_context__)
try:
    raise ValueError('x') from 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError
except ValueError as ex:
    print(type(ex).__name__, ex.args)
def finally_ctx():
    try:
        raise KeyError('in try')
    finally:
        pass
try:
    finally_ctx()
except KeyError as ex:
    print(repr(ex), ex.__context__)
