# copy: shallow vs deep, memo and shared references, __copy__/__deepcopy__, instances
import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(9)
a[2]['k'].append(8)
print(s, d, s[1] is a[1], d[1] is a[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is rec)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
print(copy.copy(5), copy.deepcopy('s'), copy.copy(None), copy.deepcopy({1, 2}), copy.copy(frozenset([1])))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
p = Pt([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append('m')
print(p2, p3, type(p3).__name__, p2.x is p.x)
class Custom:
    def __init__(self):
        self.calls = []
    def __copy__(self):
        c = Custom()
        c.calls = ['copied']
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.calls = ['deep', type(memo).__name__]
        return c
print(copy.copy(Custom()).calls, copy.deepcopy(Custom()).calls)
class Slotted:
    __slots__ = ('a', 'b')
sl = Slotted()
sl.a = [1]
sc = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, hasattr(sc, 'b'))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, copy.Error.__name__, issubclass(copy.Error, Exception))
class L(list):
    pass
ll = L([[1], 2])
lc = copy.deepcopy(ll)
print(type(lc).__name__, lc, lc[0] is ll[0])
