# None, NotImplemented, Ellipsis singletons
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None), str(None))
print(type(None)() is None, hash(None) == hash(None), None in [None], [None] * 2)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...), bool(...))
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
class A:
    def __eq__(self, o): return NotImplemented
print(A() == A(), A() != A(), A() == 1)
class B:
    def __lt__(self, o): return NotImplemented
try:
    B() < B()
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
print(f(), f() is None, (lambda: None)())
print(True is True, False is not True, True and None, None or 0, not None)
