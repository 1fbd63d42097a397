# exception args, str and repr
for e in [Exception(), Exception('one'), Exception('a', 'b'), Exception(1), ValueError(''), ValueError(None), KeyError(), KeyError('k'), KeyError('a', 'b'), KeyError(1), IndexError(3), TypeError([1, 2]), StopIteration(5), OSError(), RuntimeError('x', 2, None)]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError('msg')
e.args = ('new', 'args')
print(e, repr(e))
class MyErr(Exception):
    pass
class MyErr2(ValueError):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
print(repr(MyErr('x')), str(MyErr()), MyErr('a', 'b').args)
try:
    raise MyErr2(404)
except ValueError as ex:
    print(type(ex).__name__, ex, ex.code, ex.args, isinstance(ex, MyErr2))
class WithStr(Exception):
    def __str__(self): return 'custom!'
print(str(WithStr('ignored')), repr(WithStr('ignored')))
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), ex.args)
try:
    raise TypeError('bad type') from None
except TypeError as ex:
    print(ex, ex.__cause__, ex.__suppress_context__)
print(BaseException('x').__class__.__name__, Exception('x') == Exception('x'))
print(str(UnicodeError('u')), repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
