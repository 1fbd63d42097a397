eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, eg.message, str(eg), len(eg.exceptions))
print([repr(e) for e in eg.exceptions])
print(repr(eg))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
auto = BaseExceptionGroup("auto", [ValueError(1)])
print(type(auto).__name__, isinstance(auto, ExceptionGroup))
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("notexc", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise eg
except ExceptionGroup as caught:
    print("plain except catches group:", caught.message)
print(str(ExceptionGroup("one", [ValueError()])))
