def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 400:
            return "bad request"
        case 404:
            return "not found"
        case int(code) if 500 <= code < 600:
            return f"server error {code}"
        case _:
            return "unknown"
print([http(s) for s in [200, 204, 302, 400, 404, 503, 999]])
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("quit")
match ("x",):
    case ("x",):
        print("single tuple")
match None:
    case None:
        print("None matched by identity")
point = (3, 4)
match point:
    case (x, y) if x > y:
        print("x bigger")
    case (x, y):
        print("y bigger or equal", x, y)
value = [1, (2, 3), {"k": "v"}]
match value:
    case [int(a), (b, c), {"k": str(d)}]:
        print("typed nested", a, b, c, d)
def no_match(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(no_match(2))
