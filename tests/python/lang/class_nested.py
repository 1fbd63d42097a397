class Outer:
    x = "outer x"
    class Inner:
        y = "inner y"
        def get(self):
            return self.y
        class Deepest:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner().get(), Outer().make().get())
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.__name__)
print(repr(Outer.Inner))
try:
    class Bad:
        a = 1
        class In:
            b = a
except NameError as e:
    print(type(e).__name__, e)
def factory(n):
    class Made:
        value = n
        def __repr__(self):
            return f"Made({self.value})"
    return Made
A, B = factory(1), factory(2)
print(A(), B(), A is B, A.__qualname__)
