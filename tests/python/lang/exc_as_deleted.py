e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print(type(err).__name__, err)
    return saved
print(type(f()).__name__)
try:
    raise KeyError("k")
except KeyError as e2:
    e2 = "reassigned"
try:
    e2
except NameError as err:
    print(type(err).__name__, err)
