class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def kind(self):
        return "big " + super().kind()
class Dog(Animal):
    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed
    def speak(self):
        return Animal.speak(self) + "!"
for a in [Animal("x"), Cat("tom"), Lion("leo"), Dog("rex", "lab")]:
    print(a.speak(), a.kind())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print(isinstance(Lion("l"), (Dog, Cat)))
print(Lion.__bases__[0].__name__, Lion.__base__.__name__)
print([c.__name__ for c in Lion.__mro__])
print(Dog("d", "pug").breed)
print(sorted(c.__name__ for c in Animal.__subclasses__()))
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int))
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
