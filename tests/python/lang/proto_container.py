class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        print("contains", key)
        return key in self.data
    def __len__(self):
        return len(self.data)
g = Grid()
g[1, 2] = "a"
g["x"] = "b"
print(g[1, 2], g[0, 0])
print((1, 2) in g, "nope" in g, "nope" not in g)
del g["x"]
print(len(g))
g[1, 2] += "!"
print(g.data)
class Slicer:
    def __getitem__(self, item):
        return item
s = Slicer()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
print(s[-1:], s["a":"b":"c"])
sl = s[1:10:2]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
print(slice(1, 10, 2).indices(5))
class NoGet: pass
try:
    NoGet()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoGet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoGet()[0]
except TypeError as e:
    print(type(e).__name__, e)
class ContainsViaIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in ContainsViaIter(), 9 in ContainsViaIter())
try:
    1 in NoGet()
except TypeError as e:
    print(type(e).__name__, e)
