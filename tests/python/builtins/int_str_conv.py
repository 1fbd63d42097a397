# str/repr of ints and formatting conversions
for n in (0, 7, -7, 10**25, -(10**25), 0xdeadbeef):
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, 'o'), format(255, '#o'), format(5, 'b'), format(5, '#b'))
print(format(1234567, ','), format(1234567, '_'), format(-1234567, '_x'), format(255, '_b'))
print(format(42, '08d'), format(-42, '08d'), format(42, '+d'), format(42, ' d'), format(-42, '=+8d'))
print(format(42, '<8d') + '|', format(42, '>8d'), format(42, '^8d') + '|', format(42, '*^9'))
print(format(42, 'e'), format(42, 'f'), format(42, '%'), format(42, 'g'), format(42, 'c'))
print(format(10**20, 'e'), format(12345678, '.3e'))
print(int.__repr__(5), int.__str__(-5))
print(str(-0), str(+0))
