class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return super().__getattribute__(name)
    def method(self):
        return self.x
l = Logged()
print(l.x)
print(l.method())
class Override:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
o = Override()
print(o.magic, o.nothing)
class Raises:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "getattr after getattribute failed: " + name
print(Raises().anything)
class Len:
    def __len__(self):
        return 3
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
print(len(Len()))
