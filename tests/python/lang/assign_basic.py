x = 1
print(x)
a = b = c = [1, 2]
print(a, b, c, a is b, b is c)
a.append(3)
print(c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q) = 3, 4
print(p, q)
[r, s] = "ab"
print(r, s)
t = 1,
print(t)
u = ()
print(u)
i = j = k = 0
i += 1
print(i, j, k)
name_with_underscore_1 = 5
_ = 6
__ = 7
print(name_with_underscore_1, _, __)
