src = [
    "x := 1",
    "[i := 0 for i in range(3)]",
    "def f(): (a.b := 1)",
    "class C:\n    [j := 1 for k in range(1)]\n",
    "(lst[0] := 3)",
]
for s in src:
    try:
        compile(s, "<test>", "exec")
        print("compiled:", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
