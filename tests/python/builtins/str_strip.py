# strip lstrip rstrip removeprefix removesuffix
for s in ['  hi  ', '\t\n hi \r\x0b\x0c', 'xxhixx', '', '   ', 'hi', '\u3000hi\u2003']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(None)))
print('www.example.com'.strip('cmowz.'), 'abcba'.strip('ab'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr('aaa'.strip('a')), repr('abc'.strip('')))
print('TestHook'.removeprefix('Test'), 'TestHook'.removeprefix('Hook'), 'TestHook'.removesuffix('Hook'), 'TestHook'.removesuffix('Test'))
print(repr('abc'.removeprefix('')), repr('abc'.removesuffix('')), repr('abc'.removeprefix('abc')), repr('aa'.removesuffix('aaa')))
try:
    'abc'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
