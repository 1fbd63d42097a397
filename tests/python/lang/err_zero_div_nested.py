def level3(x):
    return 100 / x
def level2(x):
    return level3(x - 1) + 1
def level1(x):
    return level2(x) * 2
print(level1(3))
print(level1(1))
