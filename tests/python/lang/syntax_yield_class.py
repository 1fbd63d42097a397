yield_outside = 1
class C:
    yield 1
