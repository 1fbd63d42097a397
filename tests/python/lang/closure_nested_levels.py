def l1():
    a = "a"
    def l2():
        b = "b"
        def l3():
            c = "c"
            def l4():
                return a + b + c
            return l4
        return l3
    return l2
print(l1()()()())
def shared_cell():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = shared_cell()
s(42)
print(g())
def param_closure(p):
    def inner():
        return p * 2
    p += 1
    return inner
print(param_closure(5)())
def closure_in_class():
    secret = "s3"
    class C:
        def reveal(self):
            return secret
    return C
print(closure_in_class()().reveal())
def gen_closure():
    n = 3
    def gen():
        for i in range(n):
            yield i
    return gen
print(list(gen_closure()()))
