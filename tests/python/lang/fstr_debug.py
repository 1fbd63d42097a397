x = 10
name = "abc"
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x = !r:>10}|")
print(f"{x*2=}")
print(f"{len(name)=}")
print(f"{x + 1 = :05d}")
items = [1, 2]
print(f"{items[0]=} {items=}")
pi = 3.14159
print(f"{pi=:.2f}")
