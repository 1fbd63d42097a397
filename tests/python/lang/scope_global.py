count = 0
def inc():
    global count
    count += 1
inc(); inc()
print(count)
def make():
    global newvar
    newvar = "created"
make()
print(newvar)
x = "module"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested()
print(x)
def del_global():
    global newvar
    del newvar
del_global()
print("newvar" in globals())
print(globals()["count"])
