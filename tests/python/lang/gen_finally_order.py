def g():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print("inner finally", i)
    finally:
        print("outer finally")
gen1 = g()
for v in gen1:
    print("got", v)
    if v == 1:
        break
print("after loop")
gen1.close()
print("after close")
def h():
    yield 1
    yield 2
gen = h()
print(list(zip("a", gen)))
print(next(gen))
def stateful():
    x = 0
    while x < 3:
        got = yield x
        x += 1 if got is None else got
s = stateful()
print(next(s), s.send(2), next(s, "end"))
def gen_locals():
    a = "persisted"
    yield
    yield a
gl = gen_locals()
next(gl)
print(next(gl))
