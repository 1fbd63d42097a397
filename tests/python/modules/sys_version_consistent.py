# sys.version / version_info / hexversion agree with each other and claim 3.11
import sys
v = sys.version_info
print(v[:2], v.releaselevel, v.serial, sys.hexversion >> 16, hex(sys.hexversion >> 16))
print(sys.version[:5], sys.version.split()[0] == "%d.%d.%d" % v[:3])
h = (v.major << 24) | (v.minor << 16) | (v.micro << 8) | (0xf0 if v.releaselevel == "final" else 0)
print(h == sys.hexversion, sys.implementation.version[:2] >= (3, 0))
print(v >= (3, 11), v < (3, 12), sys.version_info[0:2] == (3, 11))
