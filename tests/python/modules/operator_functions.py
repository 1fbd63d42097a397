# operator: function forms, getters, length_hint, in-place forms
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(256, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.concat([1], [2]))
print(op.index(7), op.index(True), op.index(2**70))
for bad in [lambda: op.index(1.5), lambda: op.indexOf([1], 5), lambda: op.concat(1, 2), lambda: op.itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
d = {'a': 1}
op.setitem(d, 'b', 2)
op.delitem(d, 'a')
print(d, op.getitem(d, 'b'), op.getitem([1, 2, 3], slice(1, None)))
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, 'x' == 'y' and 1 or 2)
print(ig, ig2, ig('abc'), ig2('abc'), sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
class P:
    def __init__(self):
        self.name = 'p'
        self.child = self
    def greet(self, who, punct='!'):
        return 'hi ' + who + punct
ag = op.attrgetter('name')
ag2 = op.attrgetter('child.name', 'name')
print(ag, ag2, ag(P()), ag2(P()))
mc = op.methodcaller('greet', 'bob', punct='?')
print(mc, mc(P()), op.methodcaller('upper')('x'))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(object(), 7))
l = [1]
r = op.iadd(l, [2])
print(r, r is l, op.iadd(1, 2), op.imul('a', 3), op.isub(5, 1), op.ior({1}, {2}), op.ipow(2, 3), op.itruediv(1, 4))
print(op.call(max, 1, 5, 2), op.__add__(1, 1), list(map(op.mul, [1, 2], [3, 4])))
