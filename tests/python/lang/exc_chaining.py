try:
    try:
        raise KeyError("first")
    except KeyError as e:
        raise ValueError("second") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("from none") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("no ctx")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("x") from TypeError("cause class instance")
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError("x") from TypeError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
def deep():
    try:
        try:
            raise OSError("a")
        except OSError:
            raise TypeError("b")
    except TypeError:
        raise ValueError("c")
try:
    deep()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}:{cur}")
        cur = cur.__context__
    print(" <- ".join(chain))
