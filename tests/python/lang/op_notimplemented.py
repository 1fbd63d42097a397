class A:
    def __add__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
class B:
    pass
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("A+B", lambda: A() + B())
attempt("A+1", lambda: A() + 1)
attempt("1+A", lambda: 1 + A())
attempt("A-A", lambda: A() - A())
attempt("A<B", lambda: A() < B())
attempt("A*s", lambda: A() * "s")
attempt("1+'s'", lambda: 1 + "s")
attempt("'s'+1", lambda: "s" + 1)
attempt("[]+()", lambda: [] + ())
attempt("None+1", lambda: None + 1)
attempt("-'s'", lambda: -"s")
attempt("~1.5", lambda: ~1.5)
attempt("abs('s')", lambda: abs("s"))
attempt("'a'<1", lambda: "a" < 1)
attempt("[]<=()", lambda: [] <= ())
attempt("None>None", lambda: None > None)
attempt("1@1", lambda: 1 @ 1)
attempt("2**'x'", lambda: 2 ** "x")
attempt("divmod", lambda: divmod("a", 1))
attempt("A==B", lambda: A() == B())
attempt("{}|[]", lambda: {} | [])
attempt("'%d' % 's'", lambda: "%d" % "s")
print(repr(NotImplemented), type(NotImplemented).__name__)
def iadd():
    x = A()
    x += 1
attempt("A+=1", iadd)
def isub():
    x = "s"
    x -= 1
attempt("s-=1", isub)
