def a():
    try:
        raise KeyError("one")
    except KeyError as e:
        raise ValueError("two") from e
def b():
    try:
        a()
    except ValueError:
        raise TypeError("three")
b()
