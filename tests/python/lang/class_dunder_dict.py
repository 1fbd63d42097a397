class Base:
    base_attr = 1
    def base_method(self): pass
class Derived(Base):
    derived_attr = 2
d = Derived()
d.inst = 3
print(sorted(k for k in Derived.__dict__ if not k.startswith("__")))
print(sorted(k for k in Base.__dict__ if not k.startswith("__")))
print(d.__dict__)
print("base_attr" in Derived.__dict__, hasattr(Derived, "base_attr"))
d.__dict__.update(extra=4)
print(d.extra)
print(type(Derived.__dict__).__name__)
try:
    Derived.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
Derived.added = 5
print(Derived.__dict__["added"], d.added)
print(Derived.__module__, d.__module__)
print(Derived.__doc__, Base.__name__)
