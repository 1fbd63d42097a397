# isinstance issubclass type object id hash
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, (str, int)), issubclass(A, A), issubclass(int, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('s', str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 'x')):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(1), type('a'), type([]), type(None), type(type), type(b), type(b).__name__, type(len))
print(type(1) is int, type(True) is bool, type(b) is B, type(b) is A)
o = object()
print(id(o) == id(o), id(o) != id(object()) or True, type(id(o)).__name__, o == o, o != object())
x = [1]
y = x
print(id(x) == id(y), x is y)
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')), hash(None) == hash(None))
print(hash(1.5), hash(-1.5), hash(0.25), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(2**61 - 1))
for u in ([], {}, set(), bytearray()):
    try:
        hash(u)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self): return 42
    def __eq__(self, o): return True
print(hash(H()), {H(): 1}[H()])
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, type(object()).__name__, repr(object).startswith("<class 'object'>"))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
