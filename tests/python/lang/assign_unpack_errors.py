def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def f1():
    a, b = 1, 2, 3
def f2():
    a, b, c = 1, 2
def f3():
    a, b = 1
def f4():
    a, b = "abc"
def f5():
    a, b = [1]
def f6():
    a, b = iter([1, 2, 3, 4])
def f7():
    a, b = {}
def f8():
    (a, b), c = (1,), 2
def f9():
    a, b = None
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    attempt(f)
