# unicode strings: indexing, slicing, lengths across planes
s = 'aé中😀b'
print(len(s), [s[i] for i in range(len(s))], s[-2], s[1:4], s[::-1], s[::2], s[5:], s[-100:100])
print([len(c.encode('utf-8')) for c in s], [len(c.encode('utf-16-le')) for c in s])
print(s.find('😀'), s.index('b'), s.count('中'), '😀' in s, s.upper(), s.replace('中', 'zhong'))
for c in 'Aßǅﬁİ':
    print(repr(c), repr(c.upper()), repr(c.lower()), repr(c.title()), repr(c.casefold()), len(c.upper()))
print('ǈ'.istitle(), 'ǈ'.isupper(), 'ǈ'.islower(), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
t = ''.join(chr(c) for c in range(0x3b1, 0x3c1))
print(t, t.upper(), len(t))
print(sorted(['é', 'e', 'z', 'É', 'a']), max('aé'), min('中a'))
print('ab\u0301c', len('ab\u0301c'), 'e\u0301' == 'é', len('e\u0301'))
print(str(chr(0x1F600) * 3), chr(0x1F600).isprintable(), '\u00a0'.isspace(), '\u00a0'.isprintable())
