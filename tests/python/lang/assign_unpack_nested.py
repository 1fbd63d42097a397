(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, [b, c]] = [10, "xy"]
print(a, b, c)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i, j, k)
x = [0, 0, 0]
x[0], x[1], x[2] = "abc"
print(x)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class O:
    pass
o = O()
o.p, o.q = 5, 6
print(o.p, o.q)
# evaluation order of targets: left to right
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
a, b = it = iter([1, 2]), 5
print(b)
m = n = (1, 2)
print(m, n)
