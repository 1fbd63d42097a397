class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o, mod=None):
        return N(pow(self.v, o.v) if mod is None else pow(self.v, o.v, mod))
    def __divmod__(self, o): return (N(self.v // o.v), N(self.v % o.v))
    def __matmul__(self, o): return f"matmul {self.v} @ {o.v}"
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 1)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(pow(a, b, 7), divmod(a, b), a @ b)
print(-a, +a, abs(N(-3)), ~a)
print(a + 3)
