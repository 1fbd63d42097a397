# dict | |= repr KeyError recursion
a = {'a': 1, 'b': 2}
b = {'b': 3, 'c': 4}
print(a | b, b | a, a)
a |= b; print(a)
a |= [('d', 5)]; print(a)
try:
    a | [('e', 1)]
except TypeError as e:
    print(type(e).__name__, e)
for key in ['missing', 42, (1, 2), None, '', "it's"]:
    try:
        {}[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
r = {'k': 1}
r['self'] = r
print(r)
n = {'outer': {'inner': [1, {'deep': (2, 3)}]}, 1: None, 2.5: 'f', (1, 2): frozenset()}
print(n)
print(repr({'q': "it's", "d": 'say "x"'}), str({}), {1: {}})
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
class Ctr(dict):
    pass
c = Ctr(x=1); c['y'] = 2; print(c, type(c).__name__, isinstance(c, dict))
print(len({i: i for i in range(1000)}), {i: i for i in range(1000)}[999])
big = {}
for i in range(100):
    big[i] = i
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:10], len(big))
print(dict.fromkeys([1, 2]) == {1: None, 2: None}, {**{'a': 1}, 'b': 2, **{'a': 3}})
