class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.b = [2]
r.a += 5
del r.b
print(r.log)
print(r.a, hasattr(r, "b"))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
fz = Frozen(3)
print(fz.v)
for action in ["set", "del"]:
    try:
        if action == "set":
            fz.v = 4
        else:
            del fz.v
    except AttributeError as e:
        print(type(e).__name__, e)
setattr(r, "via_builtin", 9)
delattr(r, "via_builtin")
print(r.log[-2:])
try:
    object.__setattr__(1, "x", 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    (1).x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
