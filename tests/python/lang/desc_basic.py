class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access via {objtype.__name__}"
        print("get", self.name)
        return obj.__dict__.get("_" + self.name, 0)
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__["_" + self.name]
class C:
    a = Verbose()
    b = Verbose()
c = C()
print(c.a)
c.a = 5
print(c.a)
c.b = 7
print(sorted(vars(c).items()))
del c.a
print(c.a)
print(C.a)
class Positive:
    def __set_name__(self, owner, name):
        self.priv = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.priv)
    def __set__(self, obj, v):
        if v <= 0:
            raise ValueError(f"{self.priv[1:]} must be positive, got {v}")
        setattr(obj, self.priv, v)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, q, p):
        self.qty = q
        self.price = p
o = Order(2, 10)
print(o.qty * o.price)
try:
    Order(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
