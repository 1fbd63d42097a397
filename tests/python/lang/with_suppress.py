class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print("suppressing", type(ev).__name__, ev)
            return True
        return None
with Suppress(KeyError) as s:
    {}["missing"]
print("continued", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)
def in_func():
    with Suppress(ZeroDivisionError):
        1 / 0
        print("not reached")
    return "function continues"
print(in_func())
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string suppresses"
with Truthy():
    raise KeyError
print("suppressed by truthy value")
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et, ev, tb)
with ExitArgs():
    pass
