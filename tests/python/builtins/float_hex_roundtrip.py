# float.hex / fromhex round trips and repr round trips
vals = [0.1, 1/3, 2/3, 1e-310, 1e308, 123.456, -7.25, 2.0**-1022, 2.0**-1074, 9007199254740993.0, 0.5, 1.0000000000000002]
for v in vals:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v, float(repr(v)) == v, eval(repr(v)) == v)
for s in ['0x1.0p+0', '0x1p-1074', '0x1.fffffffffffffp+1023', '-0x0p+0', '0x.1p4', '0x1P+10', '1p1', '0x1.8', 'nan', '-Infinity']:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
try:
    float.fromhex('0x1p+1024')
except OverflowError as e:
    print(type(e).__name__, e)
