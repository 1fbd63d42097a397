# title/capitalize/swapcase edge cases
for s in ["hello world", "HELLO WORLD", "hello-world_foo.bar", "123abc def", "they're", "o'NEIL", "éric ölund", "a1b2c3", "  spaced  out  ", "ǆemal", "ﬂour", "i̇stanbul", "mIxEd CaSe", ""]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.title().istitle())
print('ß'.title(), 'ßa'.capitalize(), 'ﬃ'.title(), 'ǳ'.capitalize(), 'Ǳ'.lower(), 'ǲ'.swapcase())
