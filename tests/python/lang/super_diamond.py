class Root:
    def __init__(self):
        print("Root")
    def chain(self):
        return ["Root"]
class A(Root):
    def __init__(self):
        print("A enter")
        super().__init__()
        print("A exit")
    def chain(self):
        return ["A"] + super().chain()
class B(Root):
    def __init__(self):
        print("B enter")
        super().__init__()
        print("B exit")
    def chain(self):
        return ["B"] + super().chain()
class C(A, B):
    def __init__(self):
        print("C enter")
        super().__init__()
        print("C exit")
    def chain(self):
        return ["C"] + super().chain()
C()
print(C().chain())
print([k.__name__ for k in C.__mro__])
class KwBase:
    def __init__(self, **kw):
        print("KwBase leftover", sorted(kw))
class P(KwBase):
    def __init__(self, p=None, **kw):
        print("P", p)
        super().__init__(**kw)
class Q(KwBase):
    def __init__(self, q=None, **kw):
        print("Q", q)
        super().__init__(**kw)
class PQ(P, Q):
    pass
PQ(p=1, q=2, r=3)
