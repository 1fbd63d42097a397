class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(add5, [1, 2])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "s"
    s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    none = None
    none()
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self
c = Counter()
c()()()
print(c.calls)
class CallAttr: pass
obj = CallAttr()
obj.__call__ = lambda: "instance attribute is ignored"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
