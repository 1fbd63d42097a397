# shallow copies, aliasing and identity
import copy
orig = [[1, 2], [3, 4], 5]
sh = orig.copy()
sl = orig[:]
li = list(orig)
cp = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[0].append('x')
orig[2] = 'changed'
print(orig, sh, sl, li, cp, dp)
print(sh is orig, sh[0] is orig[0], dp[0] is orig[0], sh == sl)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, x == y, [1, 2] is [1, 2], [1, 2] == [1, 2])
d = copy.deepcopy({'a': [1, {'b': [2]}]})
print(d)
