class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def describe(self):
        return f"{self.name} ({self.species}) knows {self.tricks}"
d = Dog("rex")
d.add_trick("sit").add_trick("roll")
print(d.describe())
e = Dog("fido")
print(e.describe())
print(Dog.species, d.species)
d.species = "wolf"
print(d.species, Dog.species, e.species)
Dog.species = "changed"
print(d.species, e.species)
print(type(d) is Dog, type(d).__name__, isinstance(d, Dog), isinstance(d, object))
print(sorted(vars(d)))
print(Dog.describe(e))
m = e.describe
print(m())
print(m.__self__ is e, m.__func__ is Dog.describe)
e.dynamic = 1
print(e.dynamic, hasattr(d, "dynamic"))
print(getattr(d, "missing", "default"))
setattr(d, "via_setattr", 3)
print(d.via_setattr)
print(d.__class__.__name__, d.__dict__["name"])
print(Dog.__name__, Dog.__bases__)
