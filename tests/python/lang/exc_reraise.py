def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("caught again", e)
def reraise_named():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e
try:
    reraise_named()
except KeyError as e:
    print("named reraise", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_inner():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    reraise_after_inner()
except Exception as e:
    print("bare raise re-raises current:", type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except NotExc:
        pass
except TypeError as e:
    print(type(e).__name__, e)
