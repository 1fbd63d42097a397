def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    print(inner(), inner(), x)
outer()
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
inc2, get2 = counter()
print(get2(), get())
def three_levels():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v = v + "c"
        v2 = v + "b"
        inner()
        return v2
    r = mid()
    print(r, v)
three_levels()
def nl_multiple():
    a = b = 0
    def f():
        nonlocal a, b
        a, b = b + 1, a + 2
    f(); f()
    print(a, b)
nl_multiple()
