class Account:
    def __init__(self):
        self.__secret = "hidden"
        self._protected = "visible"
        self.__dunder__ = "not mangled"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
a = Account()
print(a.reveal(), a._protected, a.__dunder__, a.call_private())
try:
    a.__secret
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__secret, a._Account__private_method())
print(sorted(vars(a)))
class Child(Account):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"
    def both(self):
        return self.__secret, self._Account__secret
print(Child().both())
print(sorted(vars(Child())))
class _Leading:
    def get(self):
        self.__x = 1
        return sorted(vars(self))
print(_Leading().get())
class M:
    __cls_private = "cp"
    def get(self):
        return M.__cls_private, getattr(self, "__cls_private", "getattr strings not mangled")
print(M().get())
