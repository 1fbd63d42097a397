class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money"
m = Money(12345)
print(f"{m}")
print(f"{m:c}")
print(f"{m:>10.1f}|")
print(format(m))
print(format(m, "c"))
print("{} {:c}".format(m, m))
print(str(m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(255, "x"), format("s", ">3"))
