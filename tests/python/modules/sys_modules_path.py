# sys.modules and sys.path manipulation
import sys
print(type(sys.path).__name__, len(sys.path) > 0, isinstance(sys.path[0], str))
import mod_sysmod
print('mod_sysmod' in sys.modules, sys.modules['mod_sysmod'].VALUE, sys.modules['mod_sysmod'] is mod_sysmod)
import mod_sysmod as again
print(again is mod_sysmod, mod_sysmod.LOADS)
del sys.modules['mod_sysmod']
import mod_sysmod as fresh
print(fresh is mod_sysmod, fresh.LOADS)
print(sys.modules['__main__'].__name__, sys.modules['builtins'].len is len)
sys.path.insert(0, 'nonexistent_dir_for_test')
print(sys.path[0])
sys.path.pop(0)
import types
fake = types.ModuleType('fake_mod')
fake.answer = 42
sys.modules['fake_mod'] = fake
import fake_mod
print(fake_mod.answer, fake_mod is fake)
