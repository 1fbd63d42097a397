# list used with builtins
nums = [4, -2, 7, 0, -9, 3]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), list(reversed(nums)))
print(any(x > 6 for x in nums), all(x > -10 for x in nums), [abs(x) for x in nums])
print(list(enumerate(nums)), list(zip(nums, 'abcdef')), list(map(str, nums)), list(filter(None, nums)))
print([x * y for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(3)] for i in range(3)])
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
flat = [y for x in [[1, 2], [3], []] for y in x]
print(flat)
s = [1, 2, 3]
s[1:2] = [9, 9, 9]
print(s, s.index(9), s.count(9))
