print(int("101", 2), int("z", 36), int("0o17", 8), int("0x_ff", 16), int("1_000"))
print(bin(10), oct(64), hex(-255), bin(-1), hex(0))
print(int(" -12 "), int("+7"), int(True), int(7.9))
for bad in ["", "1.5", "12a", "0x10", "1__0", " ", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1", 99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(str(10 ** 25), repr(-0), 0 == -0, (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
print((10).bit_length(), (-1).bit_length(), (5).real, (5).imag, (6).numerator)
print(float("1e-3"), float("inf"), float("-0"), repr(1e100), repr(1.0), repr(0.1), 1e22, 1e-7)
