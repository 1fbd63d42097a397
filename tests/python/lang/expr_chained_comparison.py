calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 1)
print(v(1) < v(2) < v(3))
print(calls); calls.clear()
print(v(1) < v(0) < v(3))
print(calls); calls.clear()
print(v(1) < v(5) == v(5) != v(6))
print(calls); calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) in [range(10)])
one, onef, two, none, false = 1, 1.0, 2, None, False
print(one < two is not none)
print(one == onef is not false)
print("a" < "b" < "c" <= "c")
print([1] == [1] != [2])
print(2 in [1, 2] in [[1, 2]])
def mid():
    calls.append("mid")
    return 2
print(1 < mid() < 3, calls)
a = b = c = 3
print(a == b == c, a is b is c)
print((1 < 2) < 3, 1 < (2 < 3))
