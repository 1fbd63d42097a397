class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
class Model:
    a = Field(1)
    b = Field("two")
m = Model()
print(m.a, m.b, Model.a.name, Model.a.owner)
class NotDesc:
    def __set_name__(self, owner, name):
        print("plain object also notified:", name)
class Other:
    x = NotDesc()
    y = 5
f = Field(0)
class Later: pass
Later.z = f
print(hasattr(f, "name"))
f.__set_name__(Later, "z")
print(f.name)
