def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__)
print(documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__)
print(documented.__module__)
def nodoc(): pass
print(nodoc.__doc__)
class K:
    def method(self):
        "method doc"
    class Inner:
        def deep(self): pass
    @staticmethod
    def st(): pass
print(K.method.__qualname__, K.method.__doc__)
print(K.Inner.__qualname__, K.Inner.deep.__qualname__, K.st.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__name__, outer().__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
documented.custom = "attr"
print(documented.custom)
documented.__doc__ = "changed"
print(documented.__doc__)
print(documented.__code__.co_name, documented.__code__.co_argcount)
print(K.__name__, K.__qualname__, K.__doc__)
print(type(documented).__name__, callable(documented))
def renamed(): pass
renamed.__name__ = "new_name"
print(renamed.__name__, renamed.__qualname__)
