# id() identity semantics and callable() on many object kinds
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0 or True)
x = None
print(id(None) == id(x), id(True) == id(1 > 0), id(len) == id(len))
def f(): pass
class K:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    def __call__(self): pass
class N:
    pass
objs = {'function': f, 'class': K, 'instance with __call__': K(), 'unbound method': K.m, 'bound method': K().m,
        'staticmethod': K.s, 'classmethod': K.c, 'plain instance': N(), 'len': len, 'print': print, 'int': int,
        'str literal': 'str', 'int literal': 1, 'None': None, 'lambda': lambda: 0, 'generator': (x for x in []),
        'iterator': iter([]), 'type': type, 'object': object, 'bound builtin method': [].append, 'str.upper': str.upper}
for label, obj in objs.items():
    print(label, callable(obj))
