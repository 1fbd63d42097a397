# count find rfind index rindex
s = 'abracadabra'
for sub in ['a', 'abra', 'c', 'z', '', 'ra', 'abracadabra', 'abracadabrax']:
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub))
print(s.find('a', 1), s.find('a', 1, 4), s.find('a', -3), s.find('a', -3, -1), s.find('a', 100))
print(s.rfind('a', 0, 5), s.rfind('abra', 1), s.count('a', 2), s.count('a', 2, -2), s.count('', 3, 5))
print(s.find('a', None, None), s.count('a', None, 5), s.find('', 11), s.find('', 12), s.rfind(''))
print(''.count(''), ''.find(''), 'aaa'.count('aa'), 'aaaa'.count('aa'))
print(s.index('c'), s.rindex('a'), s.index('a', 4), s.rindex('b', 0, 5))
for f in (lambda: s.index('z'), lambda: s.rindex('z'), lambda: s.index('a', 20)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
u = 'héllo wörld ünïcode'
print(u.find('ö'), u.rfind('o'), u.count('l'), u.index('ü'))
print('a' in s, 'dab' in s, '' in s, 'x' not in s)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
