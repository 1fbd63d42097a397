# str methods: start/end arguments, unicode indices, tuples, subclasses
s = 'héllo wörld héllo'
for args in [('l',), ('l', 3), ('l', -5), ('l', 3, -3), ('l', None, 5), ('l', 100), ('', 17), ('', 18), ('', -100, -50), ('ö', 2, 100), ('xyz',)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index('ö'), s.rindex('h'), s.index('é', 5))
for bad in [lambda: s.index('z'), lambda: s.rindex('h', 1, 5), lambda: s.find('l', 'x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(s.startswith('hé'), s.startswith('é', 1), s.startswith(('x', 'wö'), 6), s.endswith('llo', 0, 5), s.endswith(()), s.startswith('', 17), s.startswith('', 18))
print('abc'.endswith('c', -1), 'abc'.endswith('', 4), 'abc'.startswith('abc', -10, 10), 'abc'.startswith('b', 1, 1))
# case mapping
for t in ['ß', 'ﬁre', 'ǆemal', 'ΣΑΣ ΟΔΟΣ', 'hello WORLD 123', "they're bill's", 'İstanbul', 'ŉ', 'ΑΣ.', 'Σ', 'aΣb']:
    print(repr(t), t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold())
print('ǅ'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.isupper(), 'hello'.islower(), 'ǅ'.isupper(), '123'.islower(), 'a1'.islower())
# predicates
for t in ['', ' ', '\x1c', '\u00a0', '\u2028', 'abc', 'ab1', '²', '½', '一', '٣', 'Ⅻ', '_x', '1x', 'x1', 'é', '\t\n', 'a b', '\x7f', 'ä', 'def', 'ℌ']:
    print(repr(t), t.isalnum(), t.isalpha(), t.isascii(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isspace(), t.isidentifier(), t.isprintable())
# padding
print(repr('ab'.center(7, '*')), repr('abc'.center(6)), repr('é'.center(4, 'ü')), repr('x'.ljust(3, '€')), repr('x'.rjust(-1)), '-42'.zfill(6), '+7'.zfill(4), 'é'.zfill(3), ''.zfill(2), '-'.zfill(3))
print(repr('a\tbc\td\n\tx'.expandtabs()), repr('a\tb'.expandtabs(0)), repr('ab\tc'.expandtabs(tabsize=3)), repr('é\tx'.expandtabs(4)), repr('a\r\tb'.expandtabs(4)))
# split family
for t in ['  a  b \t c\n ', 'a,b,,c,', '', '   ', 'a\x1cb\x1fc', 'x\u3000y']:
    print(repr(t), t.split(), t.split(None, 1), t.rsplit(None, 1), t.split(','), t.rsplit(',', 1), t.split(maxsplit=0), t.rsplit(maxsplit=0))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'a::b::c'.split('::', -5), 'aaa'.split('a'), 'aaa'.rsplit('aa', 1))
print('one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\n'.splitlines())
print('a\n\nb\r\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'x'.splitlines(keepends=True))
print('héllo wörld'.partition('ö'), 'abc'.partition('x'), 'abcabc'.rpartition('b'), 'abc'.rpartition('x'))
print('-'.join(['a', 'b']), ''.join(x for x in 'xyz'), ', '.join(('1',)), '|'.join({'k': 1}), 'é'.join('ab'))
try:
    '-'.join(['a', 2])
except TypeError as e:
    print(e)
# strip
print(repr(' \t\nx y \x1c'.strip()), repr('xxhixx'.strip('x')), repr('abcba'.lstrip('ab')), repr('abcba'.rstrip('ab')), repr('éaé'.strip('é')), repr('  a '.strip(None)))
print('TestHook'.removeprefix('Test'), 'TestHook'.removeprefix('Hook'), 'TestHook'.removesuffix('Hook'), 'x'.removesuffix(''), 'ÉÉa'.removeprefix('É'))
# replace
print('aaa'.replace('a', 'bb', 2), 'héé'.replace('é', 'e'), 'abc'.replace('', '-', 2), 'abc'.replace('b', 'X', -1), 'x'.replace('x', 'y', 0))
# translate / maketrans
t = str.maketrans('abc', 'xyz', 'd')
print(t, 'abcdef'.translate(t))
print('héllo'.translate({ord('é'): 'e', ord('l'): None, ord('o'): 'OO'}), 'abc'.translate({97: 98}), 'abc'.translate([]))
print(str.maketrans({'a': 'b', 98: None}))
class Tab:
    def __getitem__(self, k):
        if k == 97:
            raise LookupError
        return k + 1
print('abc'.translate(Tab()))
# encode
print('héllo'.encode('ascii', 'replace'), 'héllo'.encode('latin1'), 'héllo'.encode('UTF-8'), 'aé€'.encode('utf-32-le'), 'a€'.encode('utf_16_be'))
try:
    'a€€b'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.encoding, e.reason)
try:
    'a'.encode('rot-99')
except LookupError as e:
    print(e)
# dunders and subclasses
class S(str):
    pass
x = S('Hello')
print(type(x.upper()).__name__, type(x.strip()).__name__, type(x + 'a').__name__, type(x * 2).__name__, type(x[1:]).__name__, type(str(x)).__name__)
print(x == 'Hello', x < 'Z', x != 'Hello', hash(x) == hash('Hello'), len(x), x[0], x[-1], 'ell' in x, list(x), x * 2, 2 * x, repr(x), format(x, '>7'), '%s!' % x, x % ())
print(str.__len__('abc'), str.__getitem__('abc', 1), str.__contains__('abc', 'b'), str.__add__('a', 'b'), str.__mul__('ab', 3), str.__rmul__('ab', 2))
print(str.__eq__('a', 'a'), str.__eq__('a', 1), str.__ne__('a', 'b'), str.__lt__('a', 'b'), str.__ge__('a', 'b'), str.__gt__('b', 'a'), str.__le__('a', 1))
print(str.__repr__("it's"), str.__str__('x'), str.__format__('ab', '^6'), str.__format__('ab', ''), 'abc'.__getnewargs__(), str.__mod__('%d-%s', (1, 'a')), str.__rmod__('a', 1))
print(str.__hash__('abc') == hash('abc'), list(str.__iter__('aé€')), 'é€'[1], 'é€'[-2], 'aé€😀'[::-1], 'aé€😀'[1:3])
class U(str):
    def __eq__(self, other):
        return 'eq'
    __hash__ = str.__hash__
print(U('a') == 'a', 'a' == U('a'), U('a') != 'b')
class Low(str):
    def lower(self):
        return 'overridden'
print(Low('ABC').lower(), Low('ABC').upper(), str.lower(Low('ABC')))
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    k = 'x'
    'abc'[k]
except TypeError as e:
    print(e)
try:
    'abc'[10]
except IndexError as e:
    print(e)
