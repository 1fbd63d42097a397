# augmented assignment on ints and in containers
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0xF0; print(x)
x &= 0x3C; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x, type(x).__name__)
d = {'k': 1}
d['k'] += 1; d['k'] *= 10; print(d)
l = [1, 2]
l[0] -= 5; l[-1] **= 3; print(l)
class Box:
    v = 3
b = Box()
b.v += 1; print(b.v, Box.v)
n = 2 ** 64
n += 1; n *= n; print(n)
n //= 2 ** 64; print(n)
