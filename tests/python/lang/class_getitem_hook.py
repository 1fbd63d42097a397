class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int])
print(Box["x"])
class Sub(Box):
    pass
print(Sub[str])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls.__name__, len(params))
print(Typed[int, str], Typed[int])
class NoHook:
    pass
try:
    NoHook[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int])
print(list[int]([1, 2]))
