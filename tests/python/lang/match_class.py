class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, c, r):
        self.c, self.r = c, r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "unreachable"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(c=Point(x=cx), r=r):
            return f"circle at x={cx} radius {r}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s}"
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(7, 8), 3), 4, 2.5, "s", None]:
    print(where(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    __match_args__ = ("a",)
    a = 1
try:
    match Two():
        case Two(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match True:
    case bool(b):
        print("bool positional self-match", b)
match [1, 2]:
    case list([a, b]):
        print("list self-match", a, b)
try:
    match 1:
        case int(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)
