# building strings: join, repeat, concatenation in loops
parts = []
for i in range(20):
    parts.append(str(i * i))
print(','.join(parts))
s = ''
for ch in 'abcdef':
    s += ch.upper() + ch
print(s, len(s))
print('-' * 30)
print('=' * 0 + '|', '=' * 1 + '|')
lines = ['%3d: %s' % (i, 'x' * i) for i in range(5)]
print('\n'.join(lines))
print(''.join(reversed('stressed')), ''.join(sorted('python')), ' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
table = [('name', 'qty'), ('apple', 3), ('kiwi', 12)]
for name, qty in table:
    print(f'{name:<8}|{qty:>5}|')
print(str(12).rjust(5, '0'), '{:,}'.format(10**12), '.'.join(map(str, [192, 168, 0, 1])))
