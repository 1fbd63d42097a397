# An except* handler that raises: the new exception's context is the
# matched subgroup, and it is combined with the unhandled rest (which keeps
# its traceback) in a new ExceptionGroup printed in CPython's layout.
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")]) from e
try:
    f()
except* ValueError as eg:
    print("handling", repr(eg.exceptions))
    raise KeyError("from handler")
