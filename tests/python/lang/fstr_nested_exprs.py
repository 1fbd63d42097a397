data = {"name": "Ada", "langs": ["py", "rs"]}
print(f"{data['name']} knows {', '.join(data['langs'])}")
print(f"{len(data['langs'])} langs, first={data['langs'][0]!r}")
items = [1.5, 2.25]
print(f"{[f'{x:.1f}' for x in items]}")
print(f"{sum(items):{'>'}10.3f}|")
w = 6
for align in "<^>":
    print(f"[{'x':{align}{w}}]")
print(f"{'a' if w > 5 else 'b'}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{ {'k': 1}['k'] }")
print(f"{w:#x} {w:08b} {-w:+05}")
x = 255
print(f"{x:{'#x' if x > 100 else 'd'}}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P():abc} {P()!s:>0}" if False else f"{P():abc}|{P():{w}}")
print(f"{3.0:.0f}{'%'}")
print(f"{'multi'}"
      f"{'line'}")
