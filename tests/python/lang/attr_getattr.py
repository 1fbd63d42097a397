class Fallback:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name!r} here")
f = Fallback()
print(f.real, f.dyn_hello)
f.inst = 1
print(f.inst)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "other", "default"), hasattr(f, "other"), hasattr(f, "dyn_x"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Plain: pass
try:
    Plain().missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
class PropRaises:
    @property
    def p(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "getattr fallback for " + name
print(PropRaises().p)
