class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    pass
print(Square(3).describe())
try:
    Circle().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
shapes = [Square(1), Square(2)]
print(sorted(s.area() for s in shapes))
print(isinstance(Square(1), Shape), type(Square(1)).__mro__[1].__name__)
class Polymorphic:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
p = Polymorphic([1, 2, 3])
print(len(p), list(p), list(reversed(p)), sorted(p, reverse=True))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(SeqOnly())))
