class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bad(), Bad()
a.add(1); b.add(2)
print(a.items, b.items, Bad.items, a.items is b.items)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
a, b = Good(), Good()
a.add(1); b.add(2)
print(a.items, b.items)
class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
        self.id = Counter.n
cs = [Counter() for _ in range(3)]
print(Counter.n, [c.id for c in cs])
class Shadow:
    x = 1
s = Shadow()
s.x += 10
print(s.x, Shadow.x)
del s.x
print(s.x)
class WithClassMethodCount:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
class Child(WithClassMethodCount):
    pass
Child.bump(); Child.bump(); WithClassMethodCount.bump()
print(WithClassMethodCount.count, Child.count)
print("count" in Child.__dict__, "count" in WithClassMethodCount.__dict__)
