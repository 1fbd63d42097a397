# helper module for sys_modules_path.py
import builtins
VALUE = 'sysmod'
builtins._sysmod_loads = getattr(builtins, '_sysmod_loads', 0) + 1
LOADS = builtins._sysmod_loads
