print(format(42, "08.3f"), format(-42, "=+8d"), format(42, "<8,d"))
print(format(3.0, ""), format(3.0, "g"), format(1/3, ".3"), format(1e16, ""))
print(format("s", "^5"), format("s", "0>5"), format(123, "010"))
print("{:>{w}}|{:<{w}}|".format("a", "b", w=4))
print("{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0!r:^8}|{0!s}".format("q"))
print("{.real} {[1]}".format(3+4j, [5, 6]))
print("%s %d %5.2f %-4s| %x %o %e %%" % ("s", 42, 3.14159, "ab", 255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "bob", "age": 30})
print("%r %c %c" % ("r", 65, "z"))
print(format(True, "d"), format(False, ">5"), f"{True:>5}")
print(f"{12345678:_x} {0b1010:#06b}")
print(f"{-0.0:.1f} {float('inf'):f} {float('nan'):>5}")
print(f"{2**64:e} {255:c}")
for spec in ["z", ".2d", "=s"]:
    try:
        print(format(1.5 if spec == "z" else (3 if spec == ".2d" else "s"), spec))
    except ValueError as e:
        print(type(e).__name__, e)
