log = []
class L(list):
    def __setitem__(self, i, v):
        log.append(("set", i, v))
        super().__setitem__(i, v)
def val():
    log.append("val")
    return 42
a = L([0, 0])
b = L([0, 0])
a[0] = b[1] = val()
print(log)
print(a, b)
x = y = []
x.append(1)
print(y)
# targets assigned left to right
i = 0
data = [0, 0, 0]
i = data[i] = 2
print(i, data)
