# list as stack/queue, in-place algorithms
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out)
q = list('abcde')
order = []
while q:
    order.append(q.pop(0))
    if len(order) == 2:
        q.append('z')
print(order)
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
print(bubble([5, 1, 4, 2, 8, 0, -3]))
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m, [row[:] for row in m] == m, [list(c) for c in zip(*[[1, 2, 3], [4, 5, 6]])])
l = [1, 2, 3, 4, 5, 6]
print(l[::-1] == list(reversed(l)), l[len(l) // 2:], sum(l[::2]), l.index(max(l)))
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = b
b += [5]
print(b, c, b is c)
