def f():
    try:
        raise ValueError("in try")
    except ValueError:
        raise TypeError("in except")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def g():
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
try:
    g()
except KeyError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def h():
    try:
        return 1
    finally:
        raise RuntimeError("finally overrides return")
try:
    h()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
def i():
    try:
        raise ValueError("a")
    except ValueError:
        pass
    finally:
        print("finally after handled")
    return "ok"
print(i())
def j():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b")
        except TypeError as e2:
            print("nested handler", e2, "context", repr(e2.__context__))
        print("still in outer handler", e)
j()
