# ascii() vs repr() on nested containers with non-ASCII data
data = {'naïve': ['café', ('€', 'ß')], 'emoji': {'😀'}, 'bytes': b'\xe9', 'ok': 'plain'}
print(repr(data))
print(ascii(data))
print(ascii('\n\t\\'), ascii("'"), ascii('"'), ascii('\x7f'), ascii('\u0100'), ascii('\U00010000'))
class U:
    def __repr__(self): return 'Ü-repr'
print(repr(U()), ascii(U()), ascii([U()]), str([U()]))
print(f'{"ñ"!a}', '%a' % 'ñ', '{!a}'.format(['ñ']))
