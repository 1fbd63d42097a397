class Tx:
    def __init__(self):
        self.state = "new"
    def __enter__(self):
        self.state = "open"
        return self
    def __exit__(self, et, ev, tb):
        self.state = "rolled back" if et else "committed"
        return False
with Tx() as t:
    print("inside", t.state)
print("after", t.state)
try:
    with Tx() as t2:
        raise ValueError("fail")
except ValueError:
    pass
print("after error", t2.state)
def gen_in_with():
    with Tx() as t:
        yield t.state
        yield "still " + t.state
    yield t.state
print(list(gen_in_with()))
def returns_from_with():
    with Tx() as t:
        return t
print(returns_from_with().state)
class EnterReturnsOther:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        pass
with EnterReturnsOther() as (a, b):
    print("unpacked enter value", a, b)
class Reusable:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self.n
    def __exit__(self, *a):
        return None
r = Reusable()
with r as first:
    with r as second:
        print(first, second)
