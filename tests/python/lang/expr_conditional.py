x = 5
print("big" if x > 3 else "small")
print("a" if x == 1 else "b" if x == 5 else "c")
print(("a" if x else "b") + "!")
def side(v):
    print("evaluated", v)
    return v
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
y = [1, 2] if x else []
print(y)
print((lambda: "l1") if x else (lambda: "l2"))  if False else print("nested in print arg")
f = (lambda v: v * 2) if x > 0 else (lambda v: -v)
print(f(4))
print(1 if [] else 2 if {} else 3)
print([i if i % 2 else -i for i in range(5)])
