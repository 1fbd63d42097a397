# divmod and abs on many types
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (7.5, 2), (-7.5, 2), (7, 0.5), (10**20, 3), (-(10**20), 7), (True, 1), (1e300, 1e-300)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a if isinstance(a, int) and isinstance(b, int) else '')
for bad in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print(bad, type(e).__name__, e)
class D:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
print(divmod(D(), 1), divmod(1, D()))
print(abs(-0), abs(-1.5e300), abs(complex(-3, -4)), abs(-True), abs(10**30 * -1), type(abs(-2)).__name__)
print(abs(float('-inf')), abs(float('nan')))
