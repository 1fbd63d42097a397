# getrecursionlimit / setrecursionlimit / RecursionError
import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old > 0)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(300))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__, e)
