def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0, b=0, c=0))
counter = [0]
def default_value():
    counter[0] += 1
    return counter[0]
def g(x=default_value()):
    return x
print(g(), g(), counter)
def append(item, target=[]):
    target.append(item)
    return target
print(append(1))
print(append(2))
print(append(3, []))
print(append.__defaults__)
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
v = 5
def h(x=v):
    return x
v = 6
print(h())
print(f.__defaults__, g.__defaults__)
def nodef(a): pass
print(nodef.__defaults__)
def kwdef(*, k=1, m): pass
print(kwdef.__kwdefaults__)
h.__defaults__ = (100,)
print(h())
