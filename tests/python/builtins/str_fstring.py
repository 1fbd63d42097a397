# f-strings with format specs and conversions
name, n, x = 'Ann', 42, 3.14159
print(f'{name} {n} {x}')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#b}|{n:+}|{n:,}')
print(f'{x:.2f}|{x:10.3f}|{x:e}|{x:g}|{x:%}')
w, p = 10, 3
print(f'{x:{w}.{p}f}|{name:>{w}}|')
print(f'{n * 2} {name.upper()} {[i for i in range(3)]} {n if n > 5 else 0}')
print(f'{{}} {{{n}}}')
d = {'k': 'v'}
print(f"{d['k']} {len(d)}")
print(f'{n=}', f'{x=:.2f}', f'{name = }', f'{n!r:>5}')
print(f'{"nested"}', f'{3+4j}', f'{None}', f'{[1, 2]!r}')
print(f'{n:08.3f}', f'{-n:=+8}', f'{0.5:.0%}')
