try:
    import nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import nosuch.deeper
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import mod_counter.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from mod_counter import nosuch_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from pkg_demo import nosuch_sub
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import pkg_demo.nosuch_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import mod_raises
except ValueError as e:
    print("import raised", type(e).__name__, e)
import sys
print("mod_raises" in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print("second import re-executes:", e)
