class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, WithEq) and self.v == o.v
print(WithEq.__hash__)
try:
    hash(WithEq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {WithEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {WithEq(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Hashable:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Hashable) and self.v == o.v
    def __hash__(self): return hash(self.v)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(1) in s)
d = {Hashable("k"): "value"}
print(d[Hashable("k")])
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p in {p})
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class InheritEq(WithEq):
    pass
try:
    hash(InheritEq(1))
except TypeError as e:
    print(type(e).__name__, e)
for v in [[1], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(-1), hash(0), hash(10**20) == hash(10**20))
