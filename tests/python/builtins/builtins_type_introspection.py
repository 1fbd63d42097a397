# type objects: names, bases, mro, dict membership
for t in (int, bool, str, list, dict, set, frozenset, tuple, bytes, bytearray, float, complex, range, slice, object, type, BaseException, KeyError):
    print(t.__name__, [b.__name__ for b in t.__bases__], len(t.__mro__), t.__module__)
print(type(type), type(object), isinstance(type, object), issubclass(type, object))
print('append' in list.__dict__, 'keys' in dict.__dict__, 'upper' in str.__dict__, '__add__' in int.__dict__)
print(int.__qualname__, dict.fromkeys.__name__, str.join.__qualname__ if hasattr(str.join, '__qualname__') else 'join')
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, type), WithMeta.__class__.__name__)
print(type(3)(4), type('a')('b'), type([])((1,)), type(1.0)('2'))
