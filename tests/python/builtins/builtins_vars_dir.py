# vars() and dir() on classes, instances, modules
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self): pass
c = Child()
print(vars(c))
print(sorted(k for k in vars(Child) if not k.startswith('__')))
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print([n for n in dir(Base) if not n.startswith('__')])
import math
print('sqrt' in dir(math), 'pi' in vars(math), vars(math)['pi'])
class WithDir:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(WithDir()))
def func(): pass
func.attr = 'x'
print(vars(func))
print(sorted(n for n in dir([]) if not n.startswith('_')))
print(sorted(n for n in dir({}) if not n.startswith('_')))
print(sorted(n for n in dir('') if not n.startswith('_')))
