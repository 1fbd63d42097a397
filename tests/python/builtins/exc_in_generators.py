# exceptions crossing generators and comprehensions
def gen():
    yield 1
    raise ValueError('from generator')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, 'after exhausted'))
def catcher():
    while True:
        try:
            x = yield
            print('got', x)
        except KeyError as e:
            print('caught inside', repr(e))
c = catcher()
next(c)
c.send(1)
c.throw(KeyError('thrown'))
c.send(2)
c.close()
try:
    c.send(3)
except StopIteration as e:
    print('StopIteration after close', e.value)
def cleanup():
    try:
        yield 'a'
    finally:
        print('generator finalized')
cg = cleanup()
print(next(cg))
cg.close()
try:
    [1 / (x - 2) for x in range(5)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def ge():
    raise GeneratorExit
    yield
try:
    next(ge())
except GeneratorExit as e:
    print(type(e).__name__, isinstance(e, Exception))
