# CPython 3.11 folds a set display of 3+ constants into a frozenset constant
# (rebuilt once by the compiler's constant merging) and merges it into a new
# set: its iteration order can differ from adding the items one by one.
print(list({63, 97, 57}))
s = set()
for x in (63, 97, 57):
    s.add(x)
print(list(s))
print(list({92, 29, 75, 13}), list({40, 3, 2, 83, 69}))
print(list({3, 67, 28, 97, 56, 63, 70}))
# Two items: built one by one.
print(list({57, 9}), list({9, 57}))
# Non-constant items: built one by one.
a = 63
print(list({a, 97, 57}))
# With a starred item: no folding.
print(list({*(63, 97), 57}), list({63, 97, 57, *()}))
# `for` loops and comprehensions iterate the folded frozenset itself.
for x in {63, 97, 57}:
    print(x, end=" ")
print()
print([x for x in {63, 97, 57}], [y for x in [1] for y in {63, 97, 57}])
print(sorted({x for x in {63, 97, 57}}))
# Constants of other types, and a bigger set that forces resizes.
print(list({(1, 2), 3, (4,), 2.5, -1, True}))
print(list({1, 1.0, True, 2}))
print(list({"a", "b", "c", "d"}))
big = {5, 900, 17, 33, 1025, 64, 1, 129, 2049, 8, 513, 40, 72, 4097, 300, 11, 650, 19, 8193, 27}
print(list(big))
big.add(-3)
print(list(big))
print({1, 2, 3} == {3, 2, 1}, type({1, 2, 3}).__name__)
t = {1, 2, 3}
t.add(4)
print(t)
