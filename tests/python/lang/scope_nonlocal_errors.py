snippets = [
    "nonlocal x",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    global y\n    y = 1\n    def g():\n        nonlocal y\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    nonlocal x\n",
    "x = 1\nglobal x\n",
    "def f():\n    print(q)\n    global q\n",
]
for s in snippets:
    try:
        compile(s, "<snippet>", "exec")
        print("ok:", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
