funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [(lambda i: lambda x: x * i)(i) for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def outer():
    x = 1
    f = lambda: x
    x = 2
    return f
print(outer()())
def cells():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner
c = cells()
print(len(c.__closure__), [cell.cell_contents for cell in c.__closure__])
print(cells.__closure__)
