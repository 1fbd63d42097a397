# is* predicates
samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '²', '½', '一二', ' \t\n', 'a b', 'Hello World', 'Hello world', 'hello_1', '_x', '1x', 'class', 'é', '\x00', '\u200b', 'café', 'ÀB', 'ǅ', 'Ⅳ', '\x7f', 'abc\n', '$']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
print(' '.join(n[2:] for n in names))
for s in samples:
    print(repr(s), ' '.join('T' if getattr(s, n)() else '.' for n in names))
