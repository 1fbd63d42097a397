class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def greet(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        print("B.__init__ end")
        self.b = 2
    def greet(self):
        return "B+" + super().greet()
    @classmethod
    def make(cls):
        return "B:" + super().make()
b = B()
print(b.a, b.b, b.greet())
print(B.make())
class C(B):
    def greet(self):
        return "C+" + super(C, self).greet()
    def skip(self):
        return super(B, self).greet()
c = C()
print(c.greet(), c.skip())
class S(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(S("abc").upper())
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class NoMethod:
    def f(self):
        return super().f()
try:
    NoMethod().f()
except AttributeError as e:
    print(type(e).__name__, e)
