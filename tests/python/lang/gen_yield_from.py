def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer result"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def delegator(results):
    while True:
        total = yield from accumulate()
        results.append(total)
res = []
d = delegator(res)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(res)
def sub():
    try:
        yield "sub1"
        yield "sub2"
    except ValueError as e:
        yield f"sub handled {e}"
    finally:
        print("sub finally")
def parent():
    yield from sub()
    yield "parent after"
p = parent()
print(next(p))
print(p.throw(ValueError("x")))
print(next(p))
p2 = parent()
next(p2)
p2.close()
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def yf_iter():
    x = yield from [10, 20]
    print("list delegation result", x)
print(list(yf_iter()))
