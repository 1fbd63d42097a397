# add_note, __notes__, ExceptionGroup basics
e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
eg = ExceptionGroup('group msg', [ValueError('a'), TypeError('b'), ValueError('c')])
print(type(eg).__name__, str(eg), repr(eg.message), len(eg.exceptions), [repr(x) for x in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match.exceptions), repr(rest.exceptions))
sub = eg.subgroup(TypeError)
print(type(sub).__name__, sub.exceptions)
print(eg.subgroup(KeyError))
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__, beg)
beg2 = BaseExceptionGroup('auto', [ValueError(1)])
print(type(beg2).__name__)
try:
    ExceptionGroup('x', [])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
except* ValueError as g:
    print('caught values', repr(g.exceptions))
except* KeyError as g:
    print('caught keys', repr(g.exceptions))
nested = ExceptionGroup('outer', [ValueError('x'), ExceptionGroup('inner', [TypeError('y')])])
print(nested, len(nested.exceptions), repr(nested.exceptions[1]))
