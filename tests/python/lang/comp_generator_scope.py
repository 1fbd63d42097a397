def make():
    n = 2
    return (x * n for x in range(3))
print(list(make()))
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
items = [1, 2, 3]
g2 = (i for i in items)
items = [9, 9]
print(list(g2))
def nested_gen():
    return [list(j for j in range(i)) for i in range(3)]
print(nested_gen())
def comp_closure():
    fns = [lambda: k for k in range(3)]
    fns2 = [(lambda k: lambda: k)(k) for k in range(3)]
    return [f() for f in fns], [f() for f in fns2]
print(comp_closure())
print(list(zip(*[(1, "a"), (2, "b")])))
