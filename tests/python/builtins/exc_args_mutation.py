# exception objects are ordinary objects: attributes, args, reuse
e = ValueError('a', 'b')
e.extra = 'attached'
print(e.args, e.extra, str(e))
e.args = ('replaced',)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
errors = []
for i in range(3):
    try:
        if i == 0:
            raise KeyError(i)
        elif i == 1:
            raise IndexError(i)
        else:
            raise ZeroDivisionError(i)
    except LookupError as ex:
        errors.append(('lookup', ex))
    except ArithmeticError as ex:
        errors.append(('arith', ex))
print([(k, type(v).__name__, v.args) for k, v in errors])
saved = ValueError('reuse')
for _ in range(2):
    try:
        raise saved
    except ValueError as ex:
        print(ex is saved, ex)
try:
    raise Exception(*range(5))
except Exception as ex:
    print(ex.args, len(ex.args))
print(isinstance(ValueError(), BaseException), ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
print(Exception.__doc__ is not None, type(ValueError).__name__)
