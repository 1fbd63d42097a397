# padding and alignment with non-ASCII content (len counts code points)
words = ['a', 'é', '中文', '😀', 'naïve', '']
for w in words:
    print('[' + w.center(7, '.') + ']', '[' + w.ljust(6) + ']', '[' + w.rjust(6, '*') + ']', '[%5s]' % w, '[{:^7}]'.format(w), len(w))
print('x'.center(4, '😀'), 'ab'.zfill(5), '中'.zfill(3))
print('%-6s|%6s|' % ('ü', 'ü'), f'{"ü":>4}|{"ü":<4}|{"ü":^5}|')
