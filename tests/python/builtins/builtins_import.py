# __import__, builtins module, mod_ helper import
import builtins
print(builtins.len is len, builtins.print is print, builtins.int is int, type(builtins).__name__)
m = __import__('math')
print(m.sqrt(16), m.__name__)
s = __import__('sys')
print(s is __import__('sys'), 'math' in s.modules)
import mod_helper
print(mod_helper.VALUE, mod_helper.double(21), mod_helper.__name__)
from mod_helper import double as dbl, VALUE
print(dbl(5), VALUE)
import mod_helper as mh
print(mh is mod_helper)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_helper import nothere
except ImportError as e:
    print(type(e).__name__)
print(isinstance(ModuleNotFoundError(), ImportError))
builtins.custom_global = 'injected'
print(custom_global)
del builtins.custom_global
try:
    custom_global
except NameError as e:
    print(type(e).__name__, e)
print(hasattr(builtins, 'open'), hasattr(builtins, 'nope'), builtins.__name__)
