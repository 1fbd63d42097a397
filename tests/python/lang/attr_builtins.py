class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
c = C()
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(C, "cls_attr"))
print(getattr(c, "nope", None))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(c, "inst"), hasattr(c, "zzz"))
setattr(c, "new", 3)
print(c.new, vars(c))
delattr(c, "new")
print(vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print(vars(C)["cls_attr"], "inst" in vars(C))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
c.__dict__["direct"] = 4
print(c.direct)
print(type(c).__dict__["cls_attr"])
