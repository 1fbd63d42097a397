# printf-style % formatting
print('%s|%r|%d|%i' % ('x', 'x', 42, -7))
print('%f|%.2f|%10.3f|%-10.1f|%+f|% f' % (3.14159, 3.14159, 3.14159, 3.14159, 1.0, 1.0))
print('%e|%.2e|%E|%g|%.3g|%G|%g' % (12345.678, 12345.678, 0.00012, 12345.678, 12345.678, 1e-10, 100000000.0))
print('%x|%X|%#x|%#X|%o|%#o|%08x|%-6x|' % (255, 255, 255, 255, 8, 8, 255, 255))
print('%c|%c|%%|%5s|%-5s|%.2s|%5.1s|' % ('A', 66, 'ab', 'ab', 'abcdef', 'xyz'))
print('%05d|%-5d|%+d|% d|%+5d|%05.1f|%x' % (42, 42, 42, 42, -42, 2.5, -255))
print('%d' % 3.99, '%s' % [1, 2], '%s' % (1,), '%r' % 'it\'s', '%a' % 'é')
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 2, 3.14159))
print('%s' % 'single', '%s %s' % ('a', 'b'), 'no format' % ())
print('%i%%' % 50, '%.0f' % 0.5, '%.0f' % 1.5, '%.3s' % 12345)
print('%d' % True, '%s' % None, '%5.2f%%' % 12.3456)
print('%x' % 2**70, '%d' % -10**20)
for fmt, args in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(a)s', 5), ('%(a)s', {}), ('%c', 'ab'), ('%x', 1.5), ('%', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print('%s and %s' % ('a', ('t',)) if False else 'ok')
print(b'%s=%d' % (b'k', 5), b'%x' % 255, b'%c' % 65, b'%r' % 'x' if False else b'%b' % b'zz')
