# RecursionError recovery and UnboundLocalError
import sys
def down(n):
    return down(n + 1)
for attempt in range(2):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e, issubclass(RecursionError, RuntimeError))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(200))
x = 'global x'
def shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e, isinstance(e, NameError))
    x = 'local'
    return x
print(shadow())
def deleted():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(deleted())
