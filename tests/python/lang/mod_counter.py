print("mod_counter executing, __name__ =", __name__)
value = 10
items = []
def bump():
    global value
    value += 1
    return value
class Thing:
    def __repr__(self):
        return "Thing()"
_private = "underscore"
if __name__ == "__main__":
    print("never printed when imported")
