# basic sys attributes
import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print('sys' in sys.modules, 'builtins' in sys.modules, sys.modules['sys'] is sys, type(sys.modules).__name__)
print(sys.version_info[:1], sys.version_info.major == 3, sys.version_info >= (3, 8), sys.version_info[0], type(sys.version).__name__)
print(sys.maxsize == 2**63 - 1, sys.maxsize, sys.platform, sys.platform.startswith('linux'))
print(sys.byteorder, type(sys.executable).__name__, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.maxunicode, sys.hash_info.width if hasattr(sys, 'hash_info') else 64, sys.hash_info.modulus == 2**61 - 1)
print(type(sys.getsizeof(1)).__name__, sys.getsizeof([]) > 0, sys.getsizeof('abc') > 0)
s1 = sys.intern('hello world ' + str(42))
s2 = sys.intern('hello world 42')
print(s1 is s2, s1 == s2)
print(sys.__name__, callable(sys.exit), sys.int_info.bits_per_digit in (15, 30) or True)
print(sys.getdefaultencoding(), sys.flags.optimize if hasattr(sys.flags, 'optimize') else 0)
import math
print('math' in sys.modules)
