# Deep recursion raises RecursionError everywhere instead of crashing;
# nested containers deeper than the limit cannot be repr'd.
x = None
for _ in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
for _ in range(5000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print(type(e).__name__)
shallow = [[[1]], {"a": (2, [3])}]
print(shallow)
l = [1]
l.append(l)
print(l, repr({"self": l}))
class R:
    def __eq__(self, o):
        return self == o
try:
    R() == R()
except RecursionError:
    print("eq RecursionError")
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(e)
import sys
sys.setrecursionlimit(50000)
try:
    down(0)
except RecursionError:
    print("deep RecursionError")
