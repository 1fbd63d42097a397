print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print((1, "a") < (1, "b"), (1, 2) == (1, 2), (1,) < (1, 0))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print(1 < 1.5, 2 == 2.0, 10 ** 20 > 1e19, -1 < False)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} > {3})
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, [1, [2]] == [1, [2]])
print(float("inf") > 10 ** 300, float("-inf") < -10 ** 300)
print(b"a" < b"b", (1, [2]) == (1, [2]))
print(1 == "1", None == 0, None == None, [] == (), 0 == -0.0)
print(max([3, 1, 2]), min("hello"), max((1, "z"), (1, "a")), sorted([(2, "b"), (1, "c"), (2, "a")]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(True == 1, True == 1.0)
