def show(label, g):
    if g is None:
        print(label, None)
        return
    def fmt(e):
        if isinstance(e, BaseExceptionGroup):
            return f"{e.message}[" + ", ".join(fmt(x) for x in e.exceptions) + "]"
        return f"{type(e).__name__}({e})"
    print(label, fmt(g))
eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("inner", [ValueError("v2"), KeyError("k")]),
])
show("all:", eg)
match, rest = eg.split(ValueError)
show("split match:", match)
show("split rest:", rest)
show("subgroup TypeError:", eg.subgroup(TypeError))
show("subgroup OSError:", eg.subgroup(OSError))
show("subgroup tuple:", eg.subgroup((KeyError, TypeError)))
show("subgroup pred:", eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "v2"))
m, r = eg.split(Exception)
show("split all m:", m)
show("split all r:", r)
print(eg.subgroup(Exception) is eg)
d = eg.derive([ValueError("derived")])
show("derive:", d)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "*", excs)
meg = MyEG("mine", [ValueError(1), TypeError(2)])
a, b = meg.split(TypeError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
