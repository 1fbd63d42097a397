def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("finally in generator")
gen = g()
print(next(gen))
print(gen.throw(ValueError("injected")))
try:
    next(gen)
except StopIteration:
    print("done")
gen = g()
next(gen)
try:
    gen.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
c = closer()
next(c)
c.close()
print("closed")
c.close()
try:
    next(c)
except StopIteration:
    print("StopIteration after close")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored exit"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(b, "finished after ignoring"))
unstarted = closer()
unstarted.close()
print("unstarted closed without running")
fresh = g()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted throw propagates:", e)
def swallow_close():
    try:
        yield 1
    except GeneratorExit:
        return "return on close is fine"
s = swallow_close()
next(s)
print(s.close())
