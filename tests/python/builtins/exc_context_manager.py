# exceptions and context managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress
with CM('a') as cm:
    print('body', cm.name)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after b')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
try:
    with CM('outer'), CM('inner'):
        raise TypeError('t')
except TypeError:
    print('caught t')
from contextlib import suppress
with suppress(ZeroDivisionError):
    1 / 0
print('suppress worked')
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with BadExit():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))
