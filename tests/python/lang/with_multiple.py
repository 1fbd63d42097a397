log = []
class R:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"enter failed {self.name}")
        log.append("enter " + self.name)
        return self
    def __exit__(self, *exc):
        log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else None}")
        return False
with R("a") as a, R("b") as b:
    log.append(f"body {a.name}{b.name}")
print(log); log.clear()
try:
    with R("a"), R("b", fail_enter=True), R("c"):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log); log.clear()
with (R("p") as p,
      R("q") as q):
    log.append("parenthesized")
print(log); log.clear()
try:
    with R("x"):
        with R("y"):
            raise ValueError
except ValueError:
    log.append("caught ValueError")
print(log); log.clear()
with R("t") as (target):
    print(target.name)
holder = {}
with R("d") as holder["k"]:
    pass
print(holder["k"].name)
with R("u") as obj_attr_target:
    pass
