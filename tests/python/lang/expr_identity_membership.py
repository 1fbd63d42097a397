a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None)
print(True is True, (1 == 1) is True)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], not 4 in [1, 2])
print("ell" in "hello", "" in "abc", "x" not in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, (1, 2) in [(1, 2)])
print(1 in range(3), 5 in range(0, 10, 2), 4 in range(0, 10, 2))
print(1.0 in [1], True in [1], [] in [[]])
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
print(bytes(b"ab") in [b"ab"], 97 in b"abc", b"b" in b"abc")
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in "abc"
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 1 in [Eq()])
print(... is Ellipsis, NotImplemented is NotImplemented)
e = ()
print(e == (), len(e) == 0)
