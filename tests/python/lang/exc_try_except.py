def test(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except ZDE", e)
    except TypeError:
        print("except TypeError")
    else:
        print("else", r)
    finally:
        print("finally")
test(2)
test(0)
test("s")
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class caught", type(e).__name__, e)
try:
    int("x")
except:
    print("bare except")
try:
    try:
        raise ValueError("inner")
    except KeyError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)
try:
    pass
except Exception:
    print("not run")
else:
    print("else without exception")
errors = (TypeError, ValueError)
try:
    int("q")
except errors as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise IndexError
except Exception as e:
    print(type(e).__name__, repr(e), e.args)
