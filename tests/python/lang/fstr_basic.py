name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2!r} {'quoted'}")
print(f"{{literal braces}} {{{n}}}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{name:>10}|{name:<10}|{name:^11}|{name:*^11}|")
print(f"{'abc':.2}")
print(f"{name!r} {name!s} {'é'!a} {'é'!r}")
print(f"{3 if n else 4} {[1, 2][0]} {dict(a=1)['a']}")
print(f"{n:{'>'}{8}}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{name:{width}}|")
print(F"upper F {n}", rf"raw \n {n}", fr"{name}\t")
print(f"""triple
{name}""")
print(f"{n}" f"{name}" "plain")
print(f"{'nested ' + f'{n}'}")
print(f"{n!r:>6}|")
print(f"{1e20:g} {1.5e-7:g} {100.0:g}")
print(f"{True} {None} {[1, 'a']} {(1,)}")
