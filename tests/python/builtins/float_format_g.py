# general format g/G and repr-like default formatting thresholds
vals = [0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 1e15, 0.5, 100.0, 1.5e-7, 12345678901.0, 1.0, 10.0, 9.9999999e5, 999999.5]
for v in vals:
    print(repr(v), str(v), format(v, 'g'), format(v, '.3g'), format(v, '#g'), format(v, '.1g'), format(v, 'G'), format(v, '.12g'), format(v, '.0g'))
print(format(1e100, 'g'), format(1e-100, 'g'), format(-1.5, 'g'), format(float('inf'), 'G'), format(float('nan'), 'G'))
print('%g %g %g %g' % (1e5, 1e6, 1e-4, 1e-5), '%#.3g' % 1.0, '%.3g' % 1.0)
