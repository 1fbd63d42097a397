def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as g:
        print("ValueError handler:", [str(e) for e in g.exceptions], type(g).__name__)
    except* TypeError as g:
        print("TypeError handler:", [str(e) for e in g.exceptions])
run([ValueError("a"), TypeError("b"), ValueError("c")])
run([TypeError("only")])
try:
    run([ValueError("v"), KeyError("unhandled")])
except ExceptionGroup as rest:
    print("remaining:", rest.message, [repr(e) for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, repr(g.exceptions[0]))
try:
    raise ExceptionGroup("nest", [ExceptionGroup("in", [OSError("o")]), ValueError("v")])
except* OSError as g:
    print("nested match keeps structure:", g.message, type(g.exceptions[0]).__name__, g.exceptions[0].message)
except* ValueError as g:
    print("value", g.exceptions)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise TypeError("raised in handler")
except Exception as e:
    print("handler raise:", type(e).__name__, e, "context:", type(e.__context__).__name__)
try:
    raise ExceptionGroup("g", [KeyError(1)])
except* (KeyError, IndexError) as g:
    print("tuple type:", len(g.exceptions))
else:
    print("no else")
finally:
    print("finally with except*")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs when nothing raised")
