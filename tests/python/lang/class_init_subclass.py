class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass", cls.__name__, tag)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base):
    pass
class B(Base, tag="bee"):
    pass
class C(B, tag="sea"):
    pass
print(Base.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Base, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Required:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} must define name")
class Ok(Required):
    name = "ok"
try:
    class NotOk(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Ok.name)
