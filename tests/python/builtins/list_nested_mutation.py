# nested lists: mutation through references, matrix ops
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
t = [list(row) for row in zip(*m)]
print(t)
m[1][1] = 'c'
print(m, t)
rows = m
rows.append([10])
print(len(m), m[-1])
flat = sum(m, [])
print(flat)
acc = []
row = []
for i in range(6):
    row.append(i)
    if len(row) == 2:
        acc.append(row)
        row = []
print(acc)
alias = [[0]] * 3
alias[1].append(1)
print(alias, alias[0] is alias[2])
deep = [1, [2, [3, [4, [5]]]]]
cur = deep
depth = 0
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print(depth, cur, deep[1][1][1][1][0])
deep[1][1][0] = 'three'
print(deep)
