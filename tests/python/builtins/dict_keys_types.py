# dict keys of many hashable types
d = {}
d[1] = 'int'
d[2.5] = 'float'
d['s'] = 'str'
d[b's'] = 'bytes'
d[(1, 2)] = 'tuple'
d[frozenset({1})] = 'frozenset'
d[None] = 'none'
d[True] = 'true-overwrites-1'
d[range(2)] = 'range'
d[3 + 0j] = 'complex'
print(d)
print(d[1], d[1.0], d[True], d[3], d[frozenset([1])], d[range(0, 2)])
print(len(d), list(d.keys())[:3])
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and o.k == self.k
    def __repr__(self): return 'Key(%r)' % self.k
e = {Key(1): 'a', Key(2): 'b'}
print(e[Key(1)], Key(3) in e, e)
class Obj:
    pass
o1, o2 = Obj(), Obj()
f = {o1: 1, o2: 2}
print(f[o1], f[o2], len(f))
g = {0: 'zero'}
g[0.0] = 'float zero'
g[-0.0] = 'neg zero'
g[False] = 'false'
print(g)
