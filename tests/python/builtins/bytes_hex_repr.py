# bytes repr, hex, fromhex, escapes
for b in [b'', b'\x00', b'\t\n\r', b'\x0b\x0c', b"'", b'"', b'\'"', b'\\', b'\x7f\x80', bytes(range(0, 256, 17)), b'plain text']:
    print(repr(b), b.hex(), len(b))
print(bytes.fromhex(''), bytes.fromhex('00ff10'), bytes.fromhex(' 01 02  03 '), bytearray.fromhex('ABcd'))
for bad in ('0', 'zz', '0g', '1 2'):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(b'\x01\x02\x03\x04'.hex(' '), b'\x01\x02\x03\x04'.hex(':', -2), b'\x01\x02\x03'.hex('-', 2), bytearray(b'\xab').hex())
print(repr(bytearray(b'\x00abc')), repr(memoryview(b'x').tobytes()), str(bytearray()), bytes([0x41, 0x42]).decode('ascii'))
