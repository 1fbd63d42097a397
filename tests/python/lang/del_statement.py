x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    try:
        return y
    except NameError as e:
        return str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
m = [1, [2, 3]]
del m[1][0]
print(m)
(p, q) = 1, 2
del (p, q)
print("p" in dir(), "q" in dir())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
