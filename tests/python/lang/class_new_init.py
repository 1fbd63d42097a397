class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
t = Traced(1, 2)
print(t.created_by_new, t.args)
class Other:
    def __new__(cls):
        print("returning a non-instance")
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        inst = super().__new__(cls)
        cls._cache[key] = inst
        return inst
    def __init__(self, key):
        print("init runs every time for", key)
        self.key = key
a = Cached("x")
b = Cached("x")
print(a is b)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(NewOnly(9).v)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
