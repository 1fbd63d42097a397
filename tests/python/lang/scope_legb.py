len_ = len
x = "global"
def f():
    x = "enclosing"
    def g():
        print(x)
    g()
f()
def h():
    print(len("abc"))
h()
len = lambda s: 99
print(len("abc"))
del len
print(len("abc"))
def uses_later():
    return later_defined
later_defined = "ok"
print(uses_later())
class C:
    y = 1
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(C().m())
def closure_sees_update():
    v = 1
    def g():
        return v
    v = 2
    return g()
print(closure_sees_update())
def local_vs_global():
    print(x)
local_vs_global()
