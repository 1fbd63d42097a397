values = [
    None, True, False, 0, 1, -1, 0.0, -0.0, 0.1, float("nan"), 0j, 1j,
    "", "0", " ", b"", b"\x00", bytearray(), bytearray(b"a"),
    [], [0], [[]], (), (0,), {}, {0: 0}, set(), {0}, frozenset(), frozenset([0]),
    range(0), range(1), object, Ellipsis, NotImplemented if False else 1,
]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(bool(), bool(0.0 + 0j), bool(iter([])))
print(int(True), float(False), str(True), True == 1, False == 0)
print(type(True).__name__, type(bool(5)).__name__, isinstance(False, int))
print(sum([True, True, False]))
