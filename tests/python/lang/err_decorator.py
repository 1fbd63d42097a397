def checked(fn):
    def wrapper(*args):
        for a in args:
            if not isinstance(a, int):
                raise TypeError(f"{fn.__name__} expects ints, got {type(a).__name__}")
        return fn(*args)
    return wrapper
@checked
def add(a, b):
    return a + b
print(add(1, 2))
add(1, "2")
