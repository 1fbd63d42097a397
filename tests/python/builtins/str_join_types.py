# join with many iterable types and error positions
print('-'.join(['a']), '-'.join(('a', 'b')), '-'.join({'k1': 1, 'k2': 2}), '-'.join(x for x in 'xyz'), '-'.join(map(str, range(4))))
print(''.join(sorted({'c', 'a', 'b'})), ', '.join(reversed(['1', '2'])), '\n'.join([]) == '', ' '.join(iter(['it'])))
print('<>'.join('abc'), '.'.join(['', '', '']), repr(''.join([''] * 5)))
for bad in (['a', None], [1], ['ok', b'bytes'], [['nested']]):
    try:
        ','.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(','.join([S('sub'), 'plain']), type(''.join([S('only')])).__name__)
