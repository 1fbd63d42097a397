ops = {"div": lambda a, b: a / b, "add": lambda a, b: a + b}
print(ops["add"](1, 2))
print(ops["div"](1, 0))
