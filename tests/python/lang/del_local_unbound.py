def f():
    x = 1
    del x
    x = 2
    return x
print(f())
def g():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 3
g()
def h():
    z = 1
    del z
    del z
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
counter = 0
def bad():
    counter += 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
