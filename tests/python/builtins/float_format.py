# float formatting via format()/f-strings
v = 1234.5678
for spec in ['', 'f', '.2f', '10.3f', '<10.1f', '^12.2f', '+.1f', ' .1f', '010.2f', 'e', '.3e', 'E', 'g', '.3g', 'G', '.10g', '%', '.1%', ',', ',.2f', '_.3f', 'n', '#.0f', '.0f', '.0e', '=+12.2f', '*>12.2f']:
    print(repr(spec), repr(format(v, spec)))
for x in (0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.5, 1.0, float('inf'), float('-inf'), float('nan'), 1e16):
    print(repr(x), format(x, 'g'), format(x, '.2f'), format(x, 'e'), format(x, ''), format(x, '.3'), format(x, 'r' if False else 's' if False else '.17g'))
print(format(1e-5, 'g'), format(1e-4, 'g'), format(123456, 'g'), format(1234567, 'g'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(-0.0, '.1f'), format(-0.0001, '.1f'), format(-0.0, 'z.1f') if False else '')
print(format(1.5, '08.3f'), format(-1.5, '08.3f'), format(1.5, '+08.3f'))
print(format(float('inf'), '08f'), format(float('nan'), '>6'))
print(f"{v:.{3}f}", f"{v:{12}.{2}f}|")
