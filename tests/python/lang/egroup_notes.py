e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("context added while handling")
        raise
except KeyError as err:
    print(err.__notes__)
print(hasattr(ValueError(), "__notes__"))
