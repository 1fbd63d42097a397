# dict equality and repr details
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: [1]} == {1: [1]}, {1: 1} == {1: 1.0}, {1: 1} == {1.0: True})
print({} == dict(), {'a': 1} != {'a': 2}, {'a': 1} == {'b': 1}, dict(a=1) == {'a': 1})
print(repr({'key': 'value', 'n': 1, 'f': 1.5, 'l': [1, 2], 't': (3,), 'none': None, 'b': True}))
print({1: {2: {3: {}}}}, {'a': set(), 'b': frozenset({1})}, {(): []})
print(str({'x': 'y'}), f"{({'k': 'v'})}", '%s' % {'p': 'q'})
d = {}
d['self'] = d
d['list'] = [d]
print(d)
class R:
    def __repr__(self): return 'R!'
print({R(): R()}, {'r': [R(), R()]})
print({'é': 'ü', 'tab': '\t', "quote'": '"'})
