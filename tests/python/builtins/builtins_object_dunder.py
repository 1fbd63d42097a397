# object() and default dunder behaviour
o = object()
print(type(o).__name__, o == o, o != o, hash(o) == hash(o), bool(o), str(o) == repr(o))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is not q, bool(p), type(p).__name__, Plain.__name__, Plain.__qualname__, Plain.__module__)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__bases__, object.__bases__, Plain.__mro__, type(Plain).__name__)
print(p.__class__ is Plain, isinstance(p, object), issubclass(Plain, object), hasattr(p, '__dict__'), p.__dict__)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__ is None)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), object.__lt__(o, 1))
print(sorted(n for n in dir(object) if n in ('__init__', '__repr__', '__eq__', '__hash__', '__class__', '__dict__')))
print(o.__class__.__name__, o.__sizeof__() > 0, object.__init__(o) is None, object.__new__(Plain).__class__.__name__)
