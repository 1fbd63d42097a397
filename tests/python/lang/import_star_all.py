from mod_allnames import *
print(public_a, Exported.__name__)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
from mod_allnames import public_b, _hidden
print(public_b, _hidden)
from mod_counter import *
print(value, "bump" in dir(), "_private" in dir())
