# common built-in error messages
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: undefined_thing)
show(lambda: [].x)
show(lambda: None.attr)
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: [] + ())
show(lambda: -'a')
show(lambda: ~1.5)
nothing = None
show(lambda: nothing())
five = 5
show(lambda: five())
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: int('z'))
show(lambda: [1][1])
show(lambda: (1,)[1])
show(lambda: 'a'[1])
show(lambda: {}['k'])
show(lambda: {}.get())
show(lambda: 1 < 'a')
show(lambda: [] > {})
show(lambda: None < None)
show(lambda: 1 / 0)
show(lambda: 1 % 0)
show(lambda: float('abc'))
show(lambda: iter(None))
show(lambda: next(iter([])))
show(lambda: abs())
show(lambda: sorted(1))
show(lambda: list(1))
show(lambda: 'x' * 1.0)
idx = 1.0
show(lambda: [1, 2, 3][idx])
aset = {1, 2}
show(lambda: aset[0])
show(lambda: set().pop())
show(lambda: 'abc'.index('z'))
def two(a, b): pass
def one(a): pass
def none(): pass
show(lambda: two(1))
show(lambda: two())
show(lambda: one(1, 2))
show(lambda: none(x=1))
show(lambda: one(1, a=2))
show(lambda: one(b=1))
show(lambda: int.nope)
show(lambda: chr(1.5))
show(lambda: ord(5))
show(lambda: hash([]))
show(lambda: 2 ** 'x')
show(lambda: divmod(1, 'x'))
show(lambda: round(1.5, 'x'))
def f():
    print(local_var)
    local_var = 1
show(f)
assert_msg = None
def g():
    assert 1 == 2, 'assertion message'
show(g)
def h():
    assert False
show(h)
