data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
items = iter([3, 2, 1, 0, 5])
while (v := next(items)) != 0:
    print("v", v)
print("stopped at", v)
print([y for x in data if (y := x * 2) > 10])
print(y)
print([(last := x) for x in "abc"], last)
print(total := 10, total + 1)
def f(x):
    return (r := x + 1) * r
print(f(3))
values = {"a": 1}
if (got := values.get("b")) is None:
    print("missing b", got)
print((z := 5) and z * 2)
def scope():
    [w := i for i in range(3)]
    return w
print(scope())
def in_nested_comp():
    return [[(t := i + j) for j in range(2)] for i in range(2)], t
print(in_nested_comp())
a = [1, 2, 3]
print(sum(x for x in a if (big := x) > 1), big)
