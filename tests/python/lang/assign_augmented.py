x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x >>= 1; print(x)
x <<= 3; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b11; print(x)
f = 7.5
f //= 2; print(f)
f %= 2; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"k": 1}
d["k"] += 5
print(d)
class O: pass
o = O()
o.v = 1
o.v += 1
print(o.v)
lst = [1, 2, 3]
lst[1] *= 10
print(lst)
st = {1, 2}
st |= {3}
st &= {1, 3}
print(sorted(st))
st ^= {3, 4}
print(sorted(st))
st -= {4}
print(sorted(st))
m = [[1, 2], [3, 4]]
import_free = m[0]
m[0] += [9]
print(m, import_free)
