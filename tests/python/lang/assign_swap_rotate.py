a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 0, 1
lst[i], lst[j] = lst[j], lst[i]
print(lst)
x = [0, 1]
i = 0
i, x[i] = 1, 99
print(i, x)
a = b = c = d = "same"
print(a is d)
x, y = y, x = 1, 2
print(x, y)
s = "xyz"
p, q, r = s
print(r, q, p)
d = {}
d["a"] = d["b"] = 5
print(d)
m, n = n, m = "mn"
print(m, n)
