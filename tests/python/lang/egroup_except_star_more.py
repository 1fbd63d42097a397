def raiser():
    raise ExceptionGroup("multi", [ValueError(1), ValueError(2), TypeError(3), KeyError(4)])
try:
    raiser()
except* ValueError as g:
    print("values:", [e.args[0] for e in g.exceptions])
except* (TypeError, KeyError) as g:
    print("others:", sorted(type(e).__name__ for e in g.exceptions))
try:
    try:
        raiser()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest:", rest.message, sorted(type(e).__name__ for e in rest.exceptions))
try:
    try:
        raise ExceptionGroup("re", [ValueError("a")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise in except* re-raises group:", e.message, len(e.exceptions))
def handler_order():
    try:
        raise ExceptionGroup("o", [KeyError("k")])
    except* LookupError:
        print("LookupError clause takes KeyError first")
    except* KeyError:
        print("never: already matched")
handler_order()
