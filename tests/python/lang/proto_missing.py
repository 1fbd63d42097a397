class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Defaulting(a=1)
print(d["a"], d["bb"])
print("bb" in d, d.get("zz"), len(d))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
tree = Auto()
tree["x"]["y"]["z"] = 1
print(tree)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    Raising()["q"]
except KeyError as e:
    print(type(e).__name__, e)
class NotDict:
    def __missing__(self, key):
        return 1
try:
    NotDict()["a"]
except TypeError as e:
    print(type(e).__name__, e)
