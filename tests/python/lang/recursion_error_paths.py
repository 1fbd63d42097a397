# RecursionError (never a crash) through every recursive path, with the
# message naming the operation that crossed the limit, as in CPython.
import sys
def t(name, f):
    try:
        r = f()
        print(name, 'ok', type(r).__name__)
    except RecursionError as e:
        print(name, 'RecursionError', e)
    except Exception as e:
        print(name, type(e).__name__, e)

def f(n): return f(n+1)
t('func', lambda: f(0))
class R:
    def __repr__(self): return repr(self)
t('repr', lambda: repr(R()))
class S:
    def __str__(self): return str(self)
t('str', lambda: str(S()))
class G:
    def __getattr__(self, n): return getattr(self, n)
t('getattr', lambda: G().x)
class G2:
    def __getattr__(self, n): return self.y
t('getattr2', lambda: G2().x)
class E:
    def __eq__(self, o): return self == o
t('eq', lambda: E() == E())
class L:
    def __lt__(self, o): return self < o
t('lt', lambda: L() < L())
class P:
    @property
    def p(self): return self.p
t('prop', lambda: P().p)
def gen():
    yield from gen()
t('gen', lambda: list(gen()))
def gen2():
    for x in gen2(): yield x
t('gen2', lambda: next(gen2()))
l = []
for _ in range(100000): l = [l]
t('nested repr', lambda: repr(l))
t('nested str', lambda: str(l))
m = []
for _ in range(100000): m = [m]
t('nested eq', lambda: l == m)
t('nested lt', lambda: l < m)
d = {}
for _ in range(100000): d = {1: d}
t('nested dict repr', lambda: repr(d))
tt = ()
for _ in range(100000): tt = (tt,)
t('nested tuple repr', lambda: repr(tt))
t('nested tuple hash', lambda: hash(tt))
t('nested tuple eq', lambda: tt == tt)
import copy
t('deepcopy', lambda: copy.deepcopy(l))
class H:
    def __hash__(self): return hash(self)
t('hash', lambda: hash(H()))
class C:
    def __call__(self): return self()
t('call', lambda: C()())
class I:
    def __iter__(self): return iter(self)
t('iter', lambda: iter(I()))
class Ln:
    def __len__(self): return len(self)
t('len', lambda: len(Ln()))
class B:
    def __bool__(self): return bool(self)
t('bool', lambda: bool(B()))
class A:
    def __add__(self, o): return self + o
t('add', lambda: A() + 1)
class GI:
    def __getitem__(self, i): return self[i]
t('getitem', lambda: GI()[0])
class F:
    def __format__(self, s): return format(self, s)
t('format', lambda: format(F(), ''))
t('fstring', lambda: f'{F()}')
def ff(n): return ff(*[n])
t('star call', lambda: ff(0))
def fk(**k): return fk(**k)
t('kw call', lambda: fk(a=1))
t('map', lambda: f2(0))
def f2(n): return list(map(f2, [n]))
def f3(n): return sorted([n], key=f3)
t('sorted key', lambda: f3(0))
class M(type):
    pass
def f6(n): return max([n], key=f6)
t('max key', lambda: f6(0))
class In:
    def __init__(self): In()
t('init', lambda: In())
class Nw:
    def __new__(cls): return Nw()
t('new', lambda: Nw())
class Dl:
    def __get__(self, o, t): return o.x
class W:
    x = Dl()
t('descr', lambda: W().x)
class Sa:
    def __setattr__(self, k, v): setattr(self, k, v)
t('setattr', lambda: setattr(Sa(), 'a', 1))
def f7(): return f7.__call__()
t('dunder call', lambda: f7())
def fi(n): return int(fi)
class Ix:
    def __index__(self): return [1][self]
t('index', lambda: [1][Ix()])
class Ct:
    def __contains__(self, x): return x in self
t('contains', lambda: 1 in Ct())
print(sys.getrecursionlimit())
def f8(n): return max(n, f8(n))
t('max arg', lambda: f8(0))
def f9(n):
    try:
        return f9(n + 1)
    except RecursionError:
        return n
def f10(n):
    try:
        return max([n], key=f10)
    except RecursionError:
        return n
print('depth difference', f9(0) - f10(0))
def fa(x): return x
print(fa.__call__(1), len.__call__([1]), int.__call__('5'), [].append.__call__(1), (lambda: 2).__call__())
class Meth:
    def m(self, k=0): return 3 + k
print(Meth().m.__call__(k=1), callable(fa.__call__))
def cmp(n): return compile('1', 's', 'eval') and cmp(n)
t('compile rec', lambda: cmp(0))
l = []
for _ in range(300000): l = [l]
t('nested repr 3e5', lambda: repr(l))
t('nested eq 3e5', lambda: l == [l[0]])
d = {}
for _ in range(300000): d = {'a': d}
t('nested dict repr', lambda: repr(d))
fs = frozenset()
for _ in range(10000): fs = frozenset([fs])
t('frozenset repr', lambda: repr(fs))
for lim in [0, -1, 1, 5, 10**9]:
    try:
        sys.setrecursionlimit(lim)
        print('setrecursionlimit', lim, 'ok')
    except Exception as e:
        print('setrecursionlimit', lim, type(e).__name__, e)
sys.setrecursionlimit(1000)
for bad in ['x', 2.5, None, 2**100]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print('setrecursionlimit', repr(bad), type(e).__name__, e)
def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print('too low', e)
        return
    deep(n - 1)
deep(50)
print(sys.getrecursionlimit())
