print(eval("1 + 2 * 3"))
x = 10
print(eval("x * 2"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1}, {"y": 5}))
g = {"a": 1}
exec("b = a + 1", g)
print(g["b"], sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("c = 3\nd = c * 2", {}, loc)
print(loc)
ns = {}
exec("def f(n):\n    return n * 3\nresult = f(4)", ns)
print(ns["result"], ns["f"](5))
exec("print('printed from exec')")
print(eval("[i * i for i in range(4)]"))
print(eval("(lambda q: q + 1)(1)"))
code = compile("40 + 2", "<string>", "eval")
print(eval(code))
code2 = compile("z = 7", "<string>", "exec")
gz = {}
exec(code2, gz)
print(gz["z"])
print(exec("1 + 1"))
print(eval("  5  "), eval("\t'str'"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval("__builtins__ is not None", {}))
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
