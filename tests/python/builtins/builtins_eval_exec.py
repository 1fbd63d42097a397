# eval exec compile globals locals
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('a + b', {'a': 1}, {'b': 2}), eval('  [1, 2]  '))
g = {}
exec('y = 10\ndef f(n): return n * y', g)
print(g['y'], g['f'](4), sorted(k for k in g if k != '__builtins__'))
code = compile('3 ** 2', '<expr>', 'eval')
print(eval(code), type(code).__name__)
code2 = compile('for i in range(3): print("loop", i)', '<stmt>', 'exec')
exec(code2)
r = exec('1 + 1'); print(r)
code3 = compile('z = 5', 'f', 'single'); ns = {}; exec(code3, ns); print(ns['z'])
def scope():
    a = 1
    b = 'two'
    return locals()
print(scope())
print('scope' in globals(), globals()['__name__'], type(globals()).__name__)
Z = 'global'
def lookup():
    return eval('Z')
print(lookup())
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    exec('raise ValueError("inside exec")')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile('x', 'f', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
ns = {'v': 1}
exec('v += 1; w = v * 10', ns)
print(ns['v'], ns['w'])
print(eval('len("abc")', {}), eval('__name__', {'__name__': 'fake'}))
print(eval(b'2 + 2'), eval('lambda q: q + 1')(1))
