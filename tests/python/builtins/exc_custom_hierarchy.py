# user-defined exception hierarchies and except matching
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
class Denied(AppError, PermissionError):
    pass
def raise_it(cls, *a):
    try:
        raise cls(*a)
    except NotFound as e:
        return 'NotFound', str(e), e.code
    except PermissionError as e:
        return 'PermissionError-branch', type(e).__name__, str(e)
    except AppError as e:
        return 'AppError', str(e), e.code
    except Exception as e:
        return 'Exception', type(e).__name__
print(raise_it(NotFound, 'no file', 404))
print(raise_it(Denied, 'nope', 403))
print(raise_it(AppError, 'generic'))
print(raise_it(ValueError, 'v'))
print([c.__name__ for c in Denied.__mro__])
try:
    raise NotFound('x')
except (KeyError, AppError) as e:
    print('tuple match', type(e).__name__)
class NoInit(Exception):
    pass
e = NoInit(1, 2, 3)
print(e.args, str(e), repr(e))
class Custom(Exception):
    def __init__(self):
        super().__init__('fixed message')
print(repr(Custom()), str(Custom()))
class WithRepr(Exception):
    def __repr__(self): return 'WR!'
print(repr(WithRepr('a')), str(WithRepr('a')))
