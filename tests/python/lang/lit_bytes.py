b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[1:3], list(b[:2]))
print(b"\x00\xff\n", rb"\x00", br"raw\n", B"upper")
print(b"a" b"b", b"abc" + b"def", b"ab" * 2)
print(bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"), b"caf\xc3\xa9".decode())
print(repr(b"it's"), repr(b'"'), repr(b"\t\r\\"))
print(bytearray(b"xy"), bytearray(b"xy") + b"z", bytes(bytearray(b"q")))
print(b"abc" == b"abc", b"a" < b"b", b"abc".upper(), b"a,b".split(b","))
print(b"%d-%s" % (5, b"x"), b"x".hex(), bytes.fromhex("4142"))
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(b"" == bytes(), 98 in b"abc", b"bc" in b"abc")
for x in b"hi":
    print(x)
