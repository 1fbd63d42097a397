# Every kind of mutation of an unprotected main object from a context raises
# UnprotectedError (naming the operation and the type) and leaves the
# object untouched; the context's own objects mutate normally.
import parallel

class Thing:
    cls_attr = 1
    def __init__(self):
        self.x = 1

L = [3, 1, 2]
D = {"a": 1, "b": 2}
S = {1, 2, 3}
B = bytearray(b"abc")
T = Thing()
G = 10
import types as _types
M = _types.ModuleType("m")
M.v = 1

def cell_holder():
    c = 5
    def set_c():
        nonlocal c
        c = 6
    def get_c():
        return c
    return set_c, get_c
set_c, get_c = cell_holder()

def set_global():
    global G
    G = 11

def del_global():
    global G
    del G

ops = {
    "setattr": lambda: setattr(T, "x", 2),
    "setattr new": lambda: setattr(T, "y", 2),
    "delattr": lambda: delattr(T, "x"),
    "class setattr": lambda: setattr(Thing, "cls_attr", 2),
    "module setattr": lambda: setattr(M, "v", 2),
    "global assign": set_global,
    "global del": del_global,
    "nonlocal assign": set_c,
    "list setitem": lambda: L.__setitem__(0, 9),
    "list slice assign": lambda: L.__setitem__(slice(0, 2), [7]),
    "list delitem": lambda: L.__delitem__(0),
    "list append": lambda: L.append(4),
    "list extend": lambda: L.extend([4]),
    "list insert": lambda: L.insert(0, 4),
    "list pop": lambda: L.pop(),
    "list remove": lambda: L.remove(1),
    "list clear": lambda: L.clear(),
    "list sort": lambda: L.sort(),
    "list reverse": lambda: L.reverse(),
    "list iadd": lambda: L.__iadd__([1]),
    "list imul": lambda: L.__imul__(2),
    "dict setitem": lambda: D.__setitem__("c", 3),
    "dict delitem": lambda: D.__delitem__("a"),
    "dict update": lambda: D.update(c=3),
    "dict pop": lambda: D.pop("a"),
    "dict popitem": lambda: D.popitem(),
    "dict setdefault": lambda: D.setdefault("z", 0),
    "dict clear": lambda: D.clear(),
    "dict ior": lambda: D.__ior__({"q": 1}),
    "set add": lambda: S.add(9),
    "set discard": lambda: S.discard(1),
    "set remove": lambda: S.remove(1),
    "set pop": lambda: S.pop(),
    "set update": lambda: S.update([8]),
    "set clear": lambda: S.clear(),
    "set ior": lambda: S.__ior__({7}),
    "bytearray append": lambda: B.append(100),
    "bytearray setitem": lambda: B.__setitem__(0, 100),
    "bytearray extend": lambda: B.extend(b"x"),
    "bytearray pop": lambda: B.pop(),
    "bytearray clear": lambda: B.clear(),
}

def attempt(name):
    try:
        ops[name]()
    except parallel.UnprotectedError as e:
        return (name, "UnprotectedError", str(e))
    except Exception as e:
        return (name, type(e).__name__, str(e))
    return (name, "no error", "")

for name, kind, msg in parallel.map(attempt, list(ops)):
    print(f"{name:18} {kind}: {msg}")

assert issubclass(parallel.UnprotectedError, parallel.ParallelError)
assert L == [3, 1, 2] and D == {"a": 1, "b": 2} and S == {1, 2, 3} and B == b"abc"
assert T.x == 1 and not hasattr(T, "y") and Thing.cls_attr == 1 and M.v == 1
assert G == 10 and get_c() == 5
print("main objects intact")

# A context's own objects are ordinary Python objects.
def own(n):
    l = [n]
    l.append(n + 1)
    d = {"k": l}
    d["k2"] = 2
    t = Thing()
    t.x = n
    s = set(l)
    s.add(0)
    b = bytearray(b"x")
    b += b"y"
    l.sort(reverse=True)
    return (l, sorted(d), t.x, sorted(s), bytes(b))
print(parallel.map(own, [1, 5]))
print("ok")
