class Base:
    def who(self):
        return "Base"
    def hello(self):
        return "hello from Base"
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    def who(self):
        return "Right"
    def hello(self):
        return "hello from Right"
class Both(Left, Right):
    pass
b = Both()
print(b.who(), b.hello())
print([c.__name__ for c in Both.__mro__])
class Mixin:
    def describe(self):
        return f"<{type(self).__name__} {self.data()}>"
class Store:
    def data(self):
        return [1, 2]
class Thing(Mixin, Store):
    pass
print(Thing().describe())
class Ab:
    x = "Ab"
class Cd:
    x = "Cd"
    y = "Cd.y"
class Ef(Ab, Cd):
    pass
print(Ef.x, Ef.y)
