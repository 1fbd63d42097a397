# args: -x --long=value 123 é ''
import sys
for i, a in enumerate(sys.argv):
    print(i, repr(a), len(a))
print(sys.argv[1:] == ['-x', '--long=value', '123', 'é', "''"])
