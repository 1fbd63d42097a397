# repr of floats exactly halfway between two shortest candidates: the even digit wins
xs = [664018444972623.25, 2058457179415132.25, 981943774401371.25, 562949953421312.25, 562949953421312.75,
      1125899906842624.5, 1125899906842625.5, 4503599627370495.5, 0.5, 2.5, 1e23, 5e-324, 9007199254740993.0]
for x in xs:
    print(repr(x), str(-x), x.hex(), round(x, 1), f'{x}')
for k in range(1, 40, 3):
    x = 2.0 ** 49 + k / 8
    print(repr(x), repr(x + 0.125))
