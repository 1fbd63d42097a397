class A:
    n = 3
    values = [i for i in range(n)]
    print("first iterable sees class scope:", values)
    try:
        pairs = [(i, n) for i in range(2)]
    except NameError as e:
        print("body does not:", type(e).__name__, e)
    try:
        gen = list(n for _ in range(2))
    except NameError as e:
        print("genexpr too:", type(e).__name__, e)
    nested = [[j for j in range(i)] for i in range(n)]
    print(nested)
    lam = (lambda k=n: k)()
    print("default arg works:", lam)
class B:
    data = [1, 2, 3]
    doubled = {d: d * 2 for d in data}
print(B.doubled)
def func():
    n = 5
    class C:
        n = 99
        vals = [n for _ in range(2)]
    return C.vals
print(func())
