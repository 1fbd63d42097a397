# __index__ protocol used by builtins
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i2 = Idx(2)
lst = list(range(10))
print(lst[i2], lst[Idx(-1)], lst[Idx(1):Idx(4)], 'abcdef'[i2], (1, 2, 3)[Idx(0)])
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)), range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3), 'ab' * Idx(2), bytes(Idx(2)), int(Idx(7)) if hasattr(int, '__index__') else 0)
print(operator_index := Idx(9).__index__())
import operator
print(operator.index(Idx(4)), operator.index(True), operator.index(10**20))
try:
    operator.index(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[Idx('x')]
except TypeError as e:
    print(type(e).__name__, e)
print(round(12345, Idx(-2)), format(Idx(3).__index__(), 'b'))
class IntLike:
    def __int__(self): return 42
print(int(IntLike()))
try:
    lst[IntLike()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(IntLike())
except TypeError as e:
    print(type(e).__name__, e)
