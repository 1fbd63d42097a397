# try/except/else/finally flow with built-in exceptions
def f(x):
    log = []
    try:
        log.append('try')
        if x == 1:
            raise ValueError('one')
        if x == 2:
            return log + ['returned']
        if x == 3:
            {}['missing']
    except ValueError as e:
        log.append('except ValueError: %s' % e)
    except LookupError as e:
        log.append('except LookupError: %r' % e)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
for x in range(4):
    print(x, f(x))
def g():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(g())
def h():
    try:
        raise KeyError('lost')
    finally:
        return 'finally return swallows'
print(h())
def reraise():
    try:
        int('bad')
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print('reraised:', e)
try:
    try:
        raise TypeError('inner')
    except TypeError as e:
        err = e
    print(err, type(err).__name__)
except Exception:
    print('not reached')
try:
    e
except NameError as ex:
    print(type(ex).__name__, ex)
