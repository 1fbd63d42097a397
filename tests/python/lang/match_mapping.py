def handle(cmd):
    match cmd:
        case {"action": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"action": action, **rest} if rest:
            return f"{action} with extra {sorted(rest.items())}"
        case {"action": action}:
            return f"bare {action}"
        case {}:
            return "empty mapping pattern matches any mapping"
        case _:
            return "not a mapping"
for c in [
    {"action": "move", "x": 1, "y": 2, "extra": 0},
    {"action": "say", "text": "hi"},
    {"action": "say", "text": 5},
    {"action": "jump", "height": 3},
    {"action": "stop"},
    {"other": 1},
    [("action", "x")],
]:
    print(handle(c))
class Missing(dict):
    def __missing__(self, key):
        return "from missing"
match Missing(a=1):
    case {"b": v}:
        print("matched via __missing__?", v)
    case _:
        print("__missing__ not used by mapping patterns")
match {1: "int key", "s": 2}:
    case {1: v, "s": w}:
        print(v, w)
