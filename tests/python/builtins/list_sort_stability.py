# sort stability with many equal keys and key functions
data = [(i % 5, i) for i in range(40)]
s = sorted(data, key=lambda t: t[0])
print(s)
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
r = sorted(data, key=lambda t: t[0], reverse=True)
print(r[:10])
names = ['bob', 'alice', 'Carol', 'dave', 'Eve', 'frank', 'al', 'Bo']
print(sorted(names, key=len), sorted(names, key=lambda n: (len(n), n.lower())), sorted(names, key=str.lower, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3, 5]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: x % 3), sorted(nums, key=lambda x: -x))
l = nums[:]
l.sort(key=str)
print(l)
print(sorted([[3, 'c'], [1, 'a'], [2, 'b'], [1, 'A']]), sorted([0.5, 1, True, 0, False, -0.0]))
calls = []
def key(x):
    calls.append(x)
    return -x
sorted([1, 2, 3], key=key)
print(calls)
try:
    [3, 2, 1].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
lst = [5, 4, 3]
try:
    lst.sort(key=lambda x: {4: 'a'}.get(x, 1))
except TypeError as e:
    print(type(e).__name__, e, lst)
