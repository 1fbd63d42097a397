# getattr setattr hasattr delattr vars dir
class P:
    cls_attr = 'c'
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        return 'm'
p = P()
print(getattr(p, 'x'), getattr(p, 'cls_attr'), getattr(p, 'nope', 'default'), getattr(p, 'method')())
try:
    getattr(p, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(P, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(p, 'z', 3); print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), hasattr(P, 'method'))
delattr(p, 'z'); print(hasattr(p, 'z'))
try:
    delattr(p, 'z')
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(p), p.__dict__ is vars(p))
vars(p)['dyn'] = 9; print(p.dyn)
print(sorted(k for k in vars(P) if not k.startswith('__')))
print([n for n in sorted(dir(p)) if not n.startswith('__')])
print([n for n in dir(P) if not n.startswith('__')])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'abc'.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class G:
    def __getattr__(self, name):
        return 'dyn_' + name
g = G()
print(g.anything, getattr(g, 'foo'), hasattr(g, 'bar'))
class Sl:
    __slots__ = ('a',)
s = Sl(); s.a = 1; print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
print('upper' in dir('s'), 'append' in dir([]), '__len__' in dir([]), dir().__class__.__name__)
print(sorted(x for x in dir() if not x.startswith('_'))[:5])
