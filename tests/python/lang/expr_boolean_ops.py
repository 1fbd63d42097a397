print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0 or [])
print([] and 1, [1] and "x", not 0, not [1], not not "s")
def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0))
print(t("a", 1) or t("b", 0))
print(t("a", 0) or t("b", 0) or t("c", "last"))
print(t("a", 1) and t("b", 2) and t("c", 3))
x = None
name = x and x.name
print(name)
config = {}
port = config.get("port") or 8080
print(port)
print(type(1 and 2.5).__name__, type(0 or "s").__name__)
print(not 1 == 2, (not 1) == 2)
print(1 or 2 and 0, (1 or 2) and 0)
print(True + True, True * 3, False - 1)
