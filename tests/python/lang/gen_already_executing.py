def self_ref():
    yield gen_holder[0].send(None)
gen_holder = []
g = self_ref()
gen_holder.append(g)
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def reenter():
    next(gref)
    yield
gref = reenter()
try:
    next(gref)
except ValueError as e:
    print(type(e).__name__, e)
def stat():
    yield 1
s = stat()
print(s.gi_running)
next(s)
try:
    next(s)
except StopIteration:
    pass
print(s.gi_running)
def running_inside():
    yield me.gi_running
me = running_inside()
print("inside:", next(me), "outside:", me.gi_running)
