class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class Coded(Exception):
    def __init__(self, code, *rest):
        self.code = code
        super().__init__(code, *rest)
    def __str__(self):
        return f"[code {self.code}]"
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args)
try:
    raise Coded(404, "not found")
except Coded as e:
    print(e, e.args, repr(e))
e = AppError("a", 1)
print(e.args, str(e), repr(e))
print(str(AppError()), repr(AppError()), str(AppError("single")))
print(issubclass(ValidationError, Exception), issubclass(AppError, BaseException))
class NoInit(Exception):
    def __init__(self):
        pass
n = NoInit()
print(n.args, repr(str(n)))
class WithAttr(Exception):
    extra = "class attr"
try:
    raise WithAttr
except WithAttr as e:
    print(type(e).__name__, e.extra, e.args)
class KE(KeyError):
    pass
print(str(KE("k")), str(KeyError("k")), str(KeyError("a", "b")))
try:
    raise KE("x")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
