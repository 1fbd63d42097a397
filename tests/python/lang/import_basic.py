import mod_counter
print(mod_counter.value, mod_counter.bump(), mod_counter.value)
import mod_counter
print("second import does not re-execute")
import mod_counter as mc
print(mc is mod_counter, mc.value)
from mod_counter import bump, Thing, value
print(bump(), value, mod_counter.value, Thing())
from mod_counter import value as v2, items
items.append(1)
print(v2, mod_counter.items)
print(mod_counter.__name__, type(mod_counter).__name__)
print(sorted(n for n in dir(mod_counter) if not n.startswith("__")))
import sys
print("mod_counter" in sys.modules, sys.modules["mod_counter"] is mod_counter)
mod_counter.new_attr = "set from outside"
from mod_counter import new_attr
print(new_attr)
def local_import():
    import mod_counter as inner
    return inner.value
print(local_import())
print("local_import" in dir(), "inner" in dir())
