class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [c.__name__ for c in cls.__mro__]
print(names(K1))
print(names(K2))
print(names(K3))
print(names(Z))
class X: pass
class Y: pass
class Diamond1(X, Y): pass
class Diamond2(Y, X): pass
try:
    class Bad(Diamond1, Diamond2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in Z.mro()])
print(Z.__mro__ == tuple(Z.mro()))
