# Import error messages: circular "from" imports, empty names, failed
# imports leave nothing in sys.modules.
import sys
try:
    import mod_circ_a
except ImportError as e:
    print(type(e).__name__, e, e.name)
print("mod_circ_a" in sys.modules, "mod_circ_b" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    import math.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
