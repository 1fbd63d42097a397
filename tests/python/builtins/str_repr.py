# repr/ascii of strings: quote choice and escapes
for s in ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r', 'bs\\', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad', 'é', '€', '😀', '\u200b', '\ud800' if False else 'x', '\u2028', '\U0001F600\u0301', 'a\x0bb\x0c', '\x1b[0m', '\xff']:
    print(repr(s), ascii(s), len(s))
print(repr('a' * 3), str('x'), str(5), str([1, 'a']), repr(['a', "b'"]))
print(ascii(['é', 1]), ascii('plain'), ascii({'k': 'ü'}))
class S(str):
    pass
print(repr(S('sub')), type(S('sub') + 'x').__name__, str(S('q')))
