# numeric dunder methods of int directly
print((5).__add__(3), (5).__sub__(3), (5).__mul__(3), (5).__truediv__(2), (5).__floordiv__(2), (5).__mod__(3), (5).__pow__(2), (5).__pow__(2, 3))
print((5).__add__(1.5), (5).__radd__(3), (5).__rsub__(3), (5).__lt__(6), (5).__eq__(5.0), (5).__eq__('5'))
print((5).__and__(3), (5).__or__(3), (5).__xor__(3), (5).__lshift__(2), (5).__rshift__(1), (5).__invert__(), (5).__neg__(), (5).__pos__())
print((5).__bool__(), (0).__bool__(), (5).__int__(), (5).__float__(), (5).__index__(), (7).__divmod__(2), (7).__rdivmod__(20))
print(int.__add__(2, 3), int.__mul__(4, 5), int.__sizeof__(0) > 0, (5).__format__('03d'), (255).__format__('x'))
print(type((5).__truediv__(2)).__name__, (5).__hash__(), (-5).__abs__())
