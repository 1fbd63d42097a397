order = []
def d1(fn):
    order.append("d1 applied")
    def w(*a):
        order.append("d1 before")
        r = fn(*a)
        order.append("d1 after")
        return "d1(" + r + ")"
    return w
def d2(fn):
    order.append("d2 applied")
    def w(*a):
        order.append("d2 before")
        r = fn(*a)
        order.append("d2 after")
        return "d2(" + r + ")"
    return w
@d1
@d2
def base():
    order.append("base")
    return "base"
print(order)
order.clear()
print(base())
print(order)
def evaluated(name):
    print("evaluating decorator expression", name)
    def deco(fn):
        print("applying", name)
        return fn
    return deco
@evaluated("outer")
@evaluated("inner")
def f(): pass
