class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        print("Config.__init__", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class Tracing(type):
    def __call__(cls, *a, **k):
        print("before construct", a, k)
        obj = super().__call__(*a, **k)
        print("after construct", type(obj).__name__)
        return obj
class T(metaclass=Tracing):
    def __new__(cls, *a, **k):
        print("T.__new__")
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("T.__init__", x, y)
T(1, y=2)
class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.registry.append(name)
class PluginBase(metaclass=Registry): pass
class P1(PluginBase): pass
class P2(PluginBase): pass
print(Registry.registry)
class MetaAttr(type):
    def describe(cls):
        return "I am " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class M(metaclass=MetaAttr): pass
print(M.describe(), M.upper_name, hasattr(M(), "describe"))
