# format() builtin, full spec mini-language on ints/strs
specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '05', '+', '-', ' ', '+05', '#x', '#o', '#b', 'x', 'X', 'o', 'b', 'c', ',', '_', ',d', '_x', '_b', '#_x', 'e', '.2e', 'E', 'f', '.1f', 'F', 'g', 'G', 'n', '%', '.0%', '*^10', '_<8', '0>6', '-^+9', '#010x', '+,d', ' 8,']
for v in (0, 42, -42, 123456789):
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except (ValueError, OverflowError) as e:
            out.append('ERR:' + str(e))
    print(v, out)
for sp in ['', '10', '<10', '>10', '^10', '*^11', '.3', '10.3', 's', '-<4']:
    print(repr(sp), repr(format('hello', sp)), repr(format('é', sp)))
for sp in ['=5', '+', ',', '#', 'd', '05']:
    try:
        print(format('x', sp))
    except ValueError as e:
        print(repr(sp), type(e).__name__, e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ',_')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, 'z')
except ValueError as e:
    print(type(e).__name__, e)
print(format(1234567.5, ',.1f'), format(1234567.5, '_.1f'), format(-1e6, ',.0f'))
print(format([1, 2]), format(None), format(3j))
try:
    format([1, 2], 'x')
except TypeError as e:
    print(type(e).__name__, e)
