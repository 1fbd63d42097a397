counter = 0
exec("global counter\ncounter += 5")
print(counter)
g = {"counter": 100}
exec("global counter\ncounter += 1", g)
print(g["counter"], counter)
def f():
    local_v = 1
    exec("local_v = 2")
    return local_v
print(f())
def g2():
    ns = {}
    exec("new_name = 'made'", globals(), ns)
    return ns["new_name"]
print(g2())
def h():
    exec("global made_by_exec\nmade_by_exec = 'global now'")
h()
print(made_by_exec)
code = """
class K:
    attr = 1
    def get(self):
        return self.attr + base
base = 10
inst = K()
"""
d = {}
exec(code, d)
print(d["inst"].get(), d["K"].__name__)
gl = {"v": 1}
lo = {"v": 2}
print(eval("v", gl, lo), eval("v", gl))
exec("def fn():\n    return v\nres = fn()", gl, lo)
print(lo["res"])
print(eval("[v for _ in range(1)]", gl, lo))
def uses_locals():
    a = 1
    b = 2
    return eval("a + b"), sorted(locals())
print(uses_locals())
