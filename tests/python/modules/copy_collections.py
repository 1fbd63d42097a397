# copy of tuple subclasses (namedtuple), defaultdict, Counter, OrderedDict, deque
import copy
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque
P = namedtuple('P', 'a b')
p = P(1, [2])
q = copy.deepcopy(p); r = copy.copy(p)
print(q, q.b is p.b, r, r.b is p.b, type(q).__name__)
class T(tuple): pass
t = T([1, [2]])
print(copy.deepcopy(t), type(copy.deepcopy(t)).__name__, copy.copy(t), copy.deepcopy(t)[1] is t[1])
dd = defaultdict(list, a=[1])
e = copy.deepcopy(dd); e['a'].append(2); e['z']
print(dd, e)
c = Counter('aab'); print(copy.deepcopy(c), copy.copy(c))
od = OrderedDict(b=[1], a=2); print(copy.deepcopy(od), copy.deepcopy(od)['b'] is od['b'])
dq = deque([[1], 2], maxlen=3); d2 = copy.deepcopy(dq); print(d2, d2[0] is dq[0], copy.copy(dq))
class F(frozenset): pass
print(copy.deepcopy(F([1])), type(copy.copy(F([1]))).__name__)
