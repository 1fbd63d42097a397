log = []
class Box:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        log.append(("get", key))
        return self.data[key]
    def __setitem__(self, key, v):
        log.append(("set", key, v))
        self.data[key] = v
def key():
    log.append("key()")
    return "k"
def box_fn(b):
    log.append("box_fn()")
    return b
b = Box()
box_fn(b)[key()] += 10
print(log)
print(b.data)
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append("get v")
        return self._v
    @v.setter
    def v(self, x):
        log.append(("set v", x))
        self._v = x
log.clear()
o = Obj()
o.v *= 5
print(log, o._v)
lst = [1, 2, 3]
i = 0
def idx():
    global i
    i += 1
    return i
lst[idx()] += 100
print(lst, i)
