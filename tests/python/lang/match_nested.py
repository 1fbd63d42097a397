def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case ("let", {"name": str(name), "value": value}, body):
            return evaluate(substitute(body, name, evaluate(value)))
        case ("var", name):
            raise NameError(f"unbound {name}")
        case _:
            raise ValueError(f"bad expression {expr!r}")
def substitute(e, name, val):
    match e:
        case ("var", n) if n == name:
            return ("num", val)
        case (op, *args):
            return (op, *[substitute(a, name, val) if isinstance(a, tuple) else a for a in args])
    return e
print(evaluate(("add", ("num", 2), ("mul", ("num", 3), ("num", 4)))))
print(evaluate(("neg", ("num", 5))))
print(evaluate(("let", {"name": "x", "value": ("num", 7)}, ("mul", ("var", "x"), ("var", "x")))))
for bad in [("var", "y"), ("pow", 1, 2), "str"]:
    try:
        evaluate(bad)
    except (NameError, ValueError) as e:
        print(type(e).__name__, e)
match {"users": [{"name": "a", "roles": ["admin", "dev"]}, {"name": "b"}]}:
    case {"users": [{"name": n, "roles": ["admin", *_]}, *_]}:
        print("first user is admin:", n)
