# string comparison and ordering
words = ['banana', 'Apple', 'apple', '', 'a', 'ab', 'B', 'é', 'Z', '10', '9', ' ']
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.casefold))
pairs = [('a', 'b'), ('b', 'a'), ('a', 'a'), ('', 'a'), ('abc', 'abd'), ('abc', 'ab'), ('Z', 'a'), ('é', 'f')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print('abc' != None, 'a' * 3 == 'aaa', 'A'.lower() == 'a', max(['x', 'xx', 'y']), min('zebra'))
print('a' < 'b' < 'c', 'a' < 'c' < 'b')
