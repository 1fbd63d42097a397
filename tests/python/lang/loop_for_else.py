for x in [1, 2, 3]:
    print(x)
else:
    print("done")
for x in range(10):
    if x == 3:
        print("found", x)
        break
else:
    print("not found")
for x in []:
    print("never")
else:
    print("empty else")
for x in range(6):
    if x % 2:
        continue
    print("even", x)
else:
    print("else after continue", x)
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print("inner else")
for ch in "hi":
    print(ch)
for k in {"a": 1, "b": 2}:
    print(k)
for x in range(3):
    pass
print("x leaks", x)
