class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = V(1, "a")
print(v)
print(repr(v))
print(str(v))
print([v, v])
print({"k": v})
print(f"{v} {v!r} {v!s}")
print("%s %r" % (v, v))
print(str([v]))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(ascii(V("é", 1)))
class Rec(list):
    def __repr__(self):
        return "Rec" + super().__repr__()
print(Rec([1, 2]))
