class Flag:
    def __init__(self, v, name):
        self.v, self.name = v, name
    def __bool__(self):
        print("bool", self.name)
        return self.v
    def __repr__(self):
        return self.name
T, F = Flag(True, "T"), Flag(False, "F")
print(T and F)
print(F and T)
print(T or F)
print(F or T)
print(not T)
if T and F:
    print("no")
else:
    print("else branch")
x = T if F else F
print(x)
print([v for v in [T, F] if v])
while F:
    pass
print(all([T, T]), any([F, F]))
n = 0
while Flag(n < 2, f"w{n}"):
    n += 1
print(n)
print(bool(F) is False)
print(T if T else "never")
