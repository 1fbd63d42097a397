# Subclasses of built-in types inherit the built-in special methods
# (slot wrappers), reachable through super() and explicit calls.
class L(list):
    pass
l = L([1, 2, 3])
print(l, len(l), l[0], l[-1], 2 in l, list(l), l == [1, 2, 3], l + [4], l * 2)
l[0] = 10
del l[1]
l += [7]
print(l, type(l).__name__, l[1:])

class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __missing__(self, k):
        return "missing " + k
d = Logged()
d["a"] = 1
print(d["a"], d["zz"], len(d), "a" in d, d == {"a": 1}, list(d))

class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
m = Meters(5)
print(m + 1, m * 2, -m, abs(Meters(-3)), m == 5, m < 6, hash(m) == hash(5), {m: "x"}[5], bool(Meters(0)))
print(type(m + 1).__name__, int.__add__(2, 3), int.__neg__(7), int.__lt__(1, 2), int.__add__(1, 2.5))

class Name(str):
    pass
n = Name("abc")
print(n + "d", n * 2, n[1], len(n), n == "abc", hash(n) == hash("abc"), str(n), repr(n), n < "abd")
print(type(str(n)).__name__, str.__len__("xy"), str.__getitem__("xy", 1), str.__add__("a", "b"))

class T(tuple):
    pass
t = T((1, 2))
print(t, t + (3,), t[0], len(t), hash(t) == hash((1, 2)), t == (1, 2), t < (1, 3))

class S(set):
    pass
s = S([1, 2])
print(s == {1, 2}, s | {3} == {1, 2, 3}, s & {2} == {2}, s <= {1, 2, 3}, s < {1, 2}, 1 in s, len(s))
print({1, 2} == {2, 1}, {1} < {1, 2}, frozenset([1]) == {1}, {1: 2} == {1: 2}, {1: 2} != {1: 3}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))

class F(float):
    pass
f = F(1.5)
print(f + 1, f * 2, -f, f == 1.5, int(f), F(2.0) > 1, divmod(F(7.0), 2))

print(list.__len__([1, 2]), dict.__getitem__({1: 2}, 1), list.__getitem__([5, 6], -1))
for bad in ([1], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, True & 3)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
