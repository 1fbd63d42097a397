# setattr/delattr with descriptors, __setattr__ overrides and __slots__
class Logged:
    def __setattr__(self, name, value):
        print('setting', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('deleting', name)
        super().__delattr__(name)
o = Logged()
o.a = 1
setattr(o, 'b', 2)
del o.a
delattr(o, 'b')
print(vars(o))
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, 'y'), hasattr(s, '__dict__'))
s.y = 5
print(getattr(s, 'y'))
del s.y
print(hasattr(s, 'y'))
try:
    s.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(s, 'z', 3)
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError('frozen: ' + n)
try:
    Frozen().q = 1
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Slotted, 'class_level', 'ok')
print(Slotted.class_level, s.class_level)
try:
    setattr(int, 'new', 1)
except TypeError as e:
    print(type(e).__name__, e)
