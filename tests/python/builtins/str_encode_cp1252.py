# str.encode('cp1252'): Latin-1 range, the 0x80-0x9F specials, charmap errors
print('aé€‚ƒ„…†‡ˆ‰Š‹ŒŽ'.encode('cp1252'), 'Ÿ™'.encode('windows-1252'))
print('x€y'.encode('cp1252').decode('cp1252'), bytes(range(0x80, 0x86)).decode('cp1252', 'replace'))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, 'a\x81bΩc'.encode('cp1252', errors))
try:
    'ab\x81\x8dΩc'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e)
print(repr(bytearray(b"'")), repr(bytearray(b'"\'')), repr(bytearray(b'"')), repr(b"'"))
