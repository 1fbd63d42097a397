# floor division and modulo semantics with negative operands
for a in (7, -7, 0, 13, -13, 1, -1):
    for b in (3, -3, 1, -1, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0)
print(divmod(7, 2.5), divmod(-7, 2.5))
for a, b in [(1, 0), (10**20, 0), (0, 0)]:
    for op in ('//', '%', '/', 'divmod'):
        try:
            if op == '//': r = a // b
            elif op == '%': r = a % b
            elif op == '/': r = a / b
            else: r = divmod(a, b)
            print(op, r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(10**20 / 10**10, 2**100 / 2**50)
try:
    (2 ** 10000) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 10000) // 3 % 1000)
