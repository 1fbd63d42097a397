assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = [1, 2]
    assert len(x) == 3, f"length was {len(x)}"
except AssertionError as e:
    print(e)
try:
    assert [], ["message", "can", "be", "any object"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message not evaluated:", calls)
try:
    cond = (False, "tuple is truthy")
    assert cond
    print("tuple assert passed (always true)")
except AssertionError:
    print("not reached")
