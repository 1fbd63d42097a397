# compile/exec/eval with separate namespaces
src = '''
total = 0
for i in range(5):
    total += i
def helper():
    return total * 2
result = helper()
'''
ns = {}
exec(compile(src, '<src>', 'exec'), ns)
print(ns['total'], ns['result'], ns['helper'].__name__)
g = {'x': 10}
l = {'y': 5}
exec('z = x + y', g, l)
print(sorted(k for k in g if k != '__builtins__'), l)
print(eval('x * y', g, l), eval('[i * x for i in range(3)]', g))
c = compile('a + 1', 'expr', 'eval')
print([eval(c, {'a': n}) for n in range(3)], c.co_filename if hasattr(c, 'co_filename') else 'expr')
code = compile('print("single mode", 1 + 1)', '<s>', 'single')
exec(code)
restricted = {'__builtins__': {}}
try:
    eval('len([1])', restricted)
except NameError as e:
    print(type(e).__name__, e)
print(eval('1 if True else 2'), eval('(lambda: 7)()'), eval('{"k": [1, 2]}["k"][1]'))
exec('import math as m2', ns)
print(ns['m2'].floor(2.7))
try:
    exec('def broken(:\n    pass')
except SyntaxError as e:
    print(type(e).__name__)
