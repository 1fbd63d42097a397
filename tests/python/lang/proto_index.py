class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__")
        return self.v
lst = list("abcdef")
print(lst[Idx(2)])
print(lst[Idx(1):Idx(4)])
print("xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)))
print([0] * Idx(3))
print(operator_free := (1, 2, 3)[Idx(0)])
class NoIdx: pass
try:
    lst[NoIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(int(Idx(7)))
print(lst[True], lst[False])
