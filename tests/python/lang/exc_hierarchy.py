names = [ZeroDivisionError, OverflowError, IndexError, KeyError, UnboundLocalError,
         RecursionError, NotImplementedError, FileNotFoundError, ModuleNotFoundError,
         StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeDecodeError,
         IndentationError, TabError, AssertionError, BaseExceptionGroup, ExceptionGroup]
for cls in names:
    print(cls.__name__, "->", " ".join(c.__name__ for c in cls.__mro__[1:]))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__, e.code)
print(ArithmeticError.__subclasses__()[0].__name__ in ("FloatingPointError", "OverflowError", "ZeroDivisionError"))
e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror, e)
print(LookupError("x").args, Exception(1, 2).args)
