def make_counter(start=0):
    count = start
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = make_account(10)
print(dep(5), wd(3))
try:
    wd(100)
except ValueError as e:
    print(type(e).__name__, e)
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulate()
acc(1)
print(acc(2))
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), adder(-1)(1))
