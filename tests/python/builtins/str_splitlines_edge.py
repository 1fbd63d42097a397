# splitlines on every line-boundary character
seps = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for sep in seps:
    s = 'a' + sep + 'b' + sep
    print(repr(sep), s.splitlines(), s.splitlines(True), len(s.split('\n')))
print('\r\r\n\n'.splitlines(), '\r\r\n\n'.splitlines(keepends=True))
print('no newline'.splitlines(), 'trailing\n'.splitlines(), '\nleading'.splitlines(), '\n\n'.splitlines())
print(b'a\x0bb\x1cc\x85d'.splitlines(), b'a\rb\r\nc'.splitlines(True))
