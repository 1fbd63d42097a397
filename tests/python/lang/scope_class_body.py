x = "global"
class A:
    x = "class"
    y = x
    def m(self):
        return x
print(A.y, A().m())
class B:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
    try:
        bad = [i * len(items) for i in range(2)]
    except NameError as e:
        err = str(e)
print(B.total, B.doubled, B.err)
def f():
    v = "function local"
    class C:
        w = v
        def get(self):
            return v
    return C
C = f()
print(C.w, C().get())
def g():
    z = 1
    class D:
        z = 2
        def get(self):
            return z
    return D().get(), D.z
print(g())
class E:
    a = 1
    a += 1
    del a
    b = locals().get("a", "deleted")
print(E.b, hasattr(E, "a"))
