# globals() and locals()
G = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(sorted(k for k in globals() if not k.startswith('__')))
globals()['NEW_GLOBAL'] = 'made'
print(NEW_GLOBAL)
def reads():
    return globals()['G']
print(reads())
class C:
    x = 1
    y = sorted(k for k in locals() if not k.startswith('__'))
print(C.y)
print(locals() is globals(), type(globals()).__name__)
def nested():
    v = 'outer'
    def inner():
        return v
    return sorted(locals().keys()), inner()
print(nested())
print(globals()['__name__'], '__builtins__' in globals(), __name__)
