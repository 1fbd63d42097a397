# collections: namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), isinstance(p, tuple))
x, y = p
print(x, y, p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._make([3, 4]), p._asdict(), p._replace(x=10))
print(Point.__name__, Point.__doc__, type(p).__name__)
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults)
R = namedtuple('R', 'a, def, _b, a', rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple('Q', 'x x'),
            lambda: namedtuple('Q', '1x'), lambda: namedtuple('Q', 'x class'),
            lambda: namedtuple('Q', '_x'), lambda: namedtuple('Q', 'x', defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Sub(namedtuple('Base', 'u v')):
    def total(self):
        return self.u + self.v
s = Sub(2, 3)
print(s, s.total(), Sub._fields)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(1, 2)))
