# fromkeys shares the value; copy is shallow
d = dict.fromkeys(['a', 'b'], [])
d['a'].append(1)
print(d, d['a'] is d['b'])
e = {k: [] for k in 'ab'}
e['a'].append(1)
print(e)
orig = {'list': [1], 'n': 1}
c = orig.copy()
c['list'].append(2)
c['n'] = 99
print(orig, c)
print(dict.fromkeys(''), dict.fromkeys((1, 2, 1)), dict.fromkeys(range(3), 'v'))
class MyDict(dict):
    pass
md = MyDict.fromkeys('xy', 0)
print(type(md).__name__, md, type(md.copy()).__name__)
import copy
deep = copy.deepcopy(orig)
deep['list'].append('deep')
print(orig, deep)
