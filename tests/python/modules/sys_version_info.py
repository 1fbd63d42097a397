# sys.version_info structure (major only; minor differs between CPython versions)
import sys
v = sys.version_info
print(v.major, v[0], v[:1], len(v), v.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
print(v >= (3,), v < (4,), v > (2, 7), v.major == 3, type(v.minor).__name__, isinstance(v, tuple))
print(sys.version.startswith('3.'), sys.hexversion >> 24, sys.implementation.name == sys.implementation.name)
print(sys.maxsize, sys.maxsize + 1 == 2**63, -sys.maxsize - 1, sys.platform)
