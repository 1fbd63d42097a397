# Arithmetic on locals, constants and temporaries: the interpreter's fast
# paths (two locals, a local and a constant, a temporary float reused for
# the result) must give CPython's values, types and errors, and never
# change a value that something else still refers to.
import sys

def locals_ops(a, b):
    out = [a + b, a - b, a * b, a + 1, a - 1, a * 2, a + 0.5, a * 0.25]
    if b:
        out += [a / b, a // b, a % b, a ** 2 if abs(a) < 1e100 else None]
    c = a
    c += b
    c -= 1
    c *= 3
    out.append(c)
    return out

for a, b in [(3, 4), (2**62, 2**62), (-7, 2), (1.5, 2.5), (2, 0.5), (1e150, 1e150), (1e308, -1e308), (-0.0, 0.0), (7, 0), (True, 2)]:
    print(a, b, locals_ops(a, b))

def temporaries(x, y, z):
    s = x * x + y * y + z * z
    t = (x - y) * (y - z) / (z + 1.0)
    u = -(x * y) + abs(z * 2.0)
    return s, t, u, type(s).__name__

print(temporaries(1.5, 2.5, 3.5))
print(temporaries(1, 2, 3.0))

# A float held elsewhere is never overwritten.
keep = []
def held(x):
    v = x * 2.0
    keep.append(v)
    w = v + 1.0          # v is a local and in `keep`: a new float
    return v, w

print(held(1.25), keep)
d = {"k": 0.5}
r = d["k"] * 3.0 + 1.0
print(r, d)
lst = [1.0, 2.0]
lst[0] = lst[0] * 2.0 + lst[1]
print(lst)
def ret(v):
    return v
a = ret(0.1 + 0.2)
b = a + 1.0
print(a, b, a is b)
big = 10.0
for i in range(3):
    big = big * 1.5 + i
print(big)

def div(a, b):
    return a / b

for a, b in [(1, 0), (1.0, 0.0), (0, 0.0)]:
    try:
        div(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

def unbound():
    if False:
        x = 1
    return x + 1

try:
    unbound()
except UnboundLocalError as e:
    print(e)
print(0.1 * 3, 1e16 + 1.0, 2 ** -1, 7 // -2, -7 % 3, 2.0 ** 0.5)
print(sys.float_info.max * 2.0, -(sys.float_info.max * 2.0))

# Comparisons of locals and constants, alone and driving a jump.
def compare(a, b):
    out = [a < b, a <= b, a == b, a != b, a > b, a >= b, a < 1, a == 2.5, a >= -1]
    if a < b:
        out.append("lt")
    if not a > b:
        out.append("not gt")
    while a < b and len(out) < 20:
        out.append("loop")
        a = a + 1
    return out

for a, b in [(1, 2), (2, 1), (2.5, 2.5), (float("nan"), 1.0), (2**70, 2**70 + 1), (True, 1), (-0.0, 0.0), (2**53 + 1, 2.0**53)]:
    print(a, b, compare(a, b))

def bad(a, b):
    return a < b

try:
    bad(1, "x")
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)

def count(n):
    i = total = 0
    while i < n:
        total += i
        i += 1
    return total

print(count(1000), count(0), count(-5))
