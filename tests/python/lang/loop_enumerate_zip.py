for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("xy", start=10):
    print(i, ch)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
for a, (b, c) in zip(range(2), [(1, 2), (3, 4)]):
    print(a, b, c)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for x in reversed([1, 2, 3]):
    print("rev", x)
for i in range(10, 0, -3):
    print("range down", i)
for x, y in [(1, 2)] * 2:
    print(x + y)
total = 0
for n in range(1, 101):
    total += n
print(total)
for _ in range(2):
    print("underscore loop")
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for v in row:
        print(v, end=" ")
    print()
