class AppError(Exception):
    code = 1
class NetError(AppError):
    code = 2
class TimeoutErr(NetError):
    code = 3
class DiskError(AppError):
    code = 4
def raise_it(cls):
    raise cls(f"{cls.__name__} happened")
for cls in [TimeoutErr, NetError, DiskError, AppError]:
    try:
        raise_it(cls)
    except TimeoutErr as e:
        print("timeout handler", e.code, e)
    except NetError as e:
        print("net handler", e.code, e)
    except AppError as e:
        print("app handler", e.code, e)
print([c.__name__ for c in TimeoutErr.__mro__])
try:
    raise TimeoutErr
except AppError as e:
    print(repr(e), isinstance(e, NetError))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("both")
except KeyError as e:
    print("caught as KeyError", type(e).__name__, str(e))
