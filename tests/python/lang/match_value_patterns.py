class Color:
    RED = "red"
    GREEN = "green"
class Codes:
    class Http:
        OK = 200
        NOT_FOUND = 404
def name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Codes.Http.OK:
            return "http ok"
        case Codes.Http.NOT_FOUND:
            return "http 404"
        case _:
            return "no match"
for v in ["red", "green", 200, 404, "blue"]:
    print(v, name(v))
RED = "red"
match "blue":
    case RED:
        print("bare name is a capture, not a value:", RED)
match 1.0:
    case 1:
        print("1.0 == 1 matches literal 1")
match 0:
    case False:
        print("0 matches False?")
    case _:
        print("False literal uses identity: no match for 0")
match 2:
    case 1 | 2 | 3 if True:
        print("or-literals with guard")
match -3 + 0j:
    case -3+0j:
        print("complex literal")
match "line":
    case "li" "ne":
        print("implicitly concatenated string literal")
