# string operators, unicode indexing and slicing, iteration, ord/chr
s = 'héllo wörld'
print(len(s), s[0], s[1], s[-1], s[-5], s[2:5], s[::-1], s[::2], s[1:-1:3], s[100:], s[-100:2])
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, '' * 5, 'a' + 'b' + 'c')
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', 'é' > 'z', '' < 'a', 'abc' == 'abc', 'a' != 'b', 'b' >= 'abc')
print([c for c in 'aé€😀'], list('abc'), tuple('xy'), sorted('hello'))
print([ord(c) for c in 'aé€😀'], chr(97), chr(233), chr(8364), chr(128512), chr(0x10FFFF) == '\U0010ffff')
for f in (lambda: ord('ab'), lambda: ord(''), lambda: chr(-1), lambda: chr(0x110000), lambda: s[20], lambda: 'a' + 1, lambda: 'a' * 'b', lambda: 'a' < 1):
    try:
        f()
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
u = '😀a😀'
print(len(u), u[1], u[0] == '😀', u.index('a'), u[::-1])
x = 'abc'
x += 'def'
print(x, x[-3:], x[:-3], x[3:3] == '', 'ab' 'cd')
print(str(), str(1.5), str(b'ab'), str(None), str(object)[:7])
print(hash('abc') == hash('ab' + 'c'), 'abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1))
print(max('hello'), min('hello'), 'b' in 'abc', 'abc'.__add__('d'), 'ab'.__mul__(2))
