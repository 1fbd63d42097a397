# startswith endswith with tuples and ranges
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''), s.endswith('hello', 0, 5), s.endswith('o', 0, -6), s.endswith('ld', -2))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.endswith(('ld', 'zz')), s.endswith(()))
print(''.startswith(''), ''.endswith(''), 'a'.startswith('', 1), 'a'.startswith('', 2), 'a'.endswith('', 5))
print(s.startswith('hello', None), s.startswith('h', -100), s.endswith('d', None, None))
try:
    s.startswith(['he'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(('a', 1))
except TypeError as e:
    print(type(e).__name__, e)
print('ünï'.startswith('ü'), 'ünï'.endswith('nï'))
