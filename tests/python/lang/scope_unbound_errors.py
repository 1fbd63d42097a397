def f():
    print(undefined_here)
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    if False:
        loc = 1
    return loc
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    free = 1
    print(inner())
outer()
def k():
    x = 1
    def inner():
        print(x)
        x = 2
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
k()
