def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def f1():
    x = 1
    x += "a"
def f2():
    t = ([1],)
    t[0] += [2]
def f3():
    s = "a"
    s -= "a"
def f4():
    undefined_thing += 1
def f5():
    x = None
    x *= 2
for f in [f1, f2, f3, f4, f5]:
    attempt(f)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("after error:", t)
