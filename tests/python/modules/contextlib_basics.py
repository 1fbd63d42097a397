# contextlib: contextmanager (as context manager and decorator), suppress,
# closing, nullcontext, ExitStack ordering, generator that does not yield.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import sys
@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
@tag("deco")
def f():
    print("in f")
f()
with suppress(KeyError, IndexError):
    [][1]
class C:
    def close(self): print("closed")
with closing(C()):
    pass
with nullcontext(5) as v:
    print(v)
with ExitStack() as st:
    st.callback(print, "cb1")
    st.enter_context(tag("stacked"))
    st.callback(print, "cb2")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1)])
print("done")
