lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x)
print(lst)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as e:
    print(type(e).__name__, e)
for i in range(3):
    i = 10
    print(i)
r = range(0, 10, 3)
print(list(r), len(r), r[1], r[-1])
for i in range(5, 0, -2):
    print(i)
