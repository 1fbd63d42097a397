# RecursionError messages name the operation that crossed the limit, as in
# CPython 3.11: Python calls, repr, str, comparisons and built-in calls all
# take a recursion level.


def check(name, fn):
    try:
        fn()
    except RecursionError as e:
        print(name, "->", e)
    else:
        print(name, "-> no error")


depth = 0


def plain(n):
    global depth
    depth = n
    return plain(n + 1)


def counted(n):
    if n == 0:
        return 0
    return counted(n - 1) + 1


def printing(n):
    global depth
    depth = n
    print(end="")
    printing(n + 1)


def stringify(n):
    global depth
    depth = n
    s = str(n)
    stringify(n + 1)


check("plain", lambda: plain(0))
print("reached", depth)
check("counted", lambda: counted(10**5))
check("printing", lambda: printing(0))
print("reached", depth)
check("stringify", lambda: stringify(0))
print("reached", depth)


class ReprSelf:
    def __repr__(self):
        return repr(self)


class ReprFormat:
    def __repr__(self):
        return f"{self!r}"


class StrSelf:
    def __str__(self):
        return str(self)


class Eq:
    def __eq__(self, other):
        return self == other


class Lt:
    def __lt__(self, other):
        return self < other


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "Node(" + repr(self.child) + ")"


def chain(n):
    x = None
    for _ in range(n):
        x = Node(x)
    return x


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def via(k, fn):
    # k extra Python frames shift where the limit falls in each cycle.
    return fn() if k == 0 else via(k - 1, fn)


long_chain = chain(3000)
deep_list = nested_list(3000)
# CPython specializes `str(self)` once StrSelf.__str__ is warm; warm it up
# so that the runs below count the same levels each time.
for _ in range(2):
    try:
        str(StrSelf())
    except RecursionError:
        pass
for k in range(3):
    check(f"repr(self) k={k}", lambda: via(k, lambda: repr(ReprSelf())))
    check(f"!r k={k}", lambda: via(k, lambda: f"{ReprFormat()!r}"))
    check(f"f-string str(self) k={k}", lambda: via(k, lambda: f"{StrSelf()}"))
    check(f"print str(self) k={k}", lambda: via(k, lambda: print(StrSelf())))
    check(f"eq k={k}", lambda: via(k, lambda: Eq() == Eq()))
    check(f"lt k={k}", lambda: via(k, lambda: Lt() < Lt()))
    check(f"chain k={k}", lambda: via(k, lambda: repr(long_chain)))
    check(f"list repr k={k}", lambda: via(k, lambda: repr(deep_list)))
    check(f"list eq k={k}", lambda: via(k, lambda: deep_list == [[deep_list]]))

# Nesting just under the limit still works.
print(len(repr(nested_list(990))), nested_list(900) == nested_list(900))
