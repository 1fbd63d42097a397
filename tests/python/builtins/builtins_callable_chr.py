# callable chr ord divmod hex oct
class C:
    def __call__(self): return 1
    def m(self): pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(1), callable('s'), callable(lambda: 0), callable(object()))
print(chr(65), chr(0x263A), chr(0), repr(chr(10)), ord('A'), ord('\n'), ord('€'), ord(b'a'), ord(bytearray(b'z')))
try:
    chr('a')
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10**20, 7), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
print(hex(0), hex(255), hex(-1), hex(2**64), oct(0), oct(64), oct(-9), oct(2**40))
try:
    hex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(len('abc'), len([1]), len({}), len(range(3)), len(b'xy'), len({1, 2}), len(frozenset()), len((1, 2, 3)))
class L:
    def __len__(self): return 7
print(len(L()))
for bad in (5, None):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NL:
    def __len__(self): return -1
try:
    len(NL())
except ValueError as e:
    print(type(e).__name__, e)
