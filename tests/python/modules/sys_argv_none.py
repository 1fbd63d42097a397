# sys.argv without extra arguments
import sys
print(sys.argv, len(sys.argv))
sys.argv.append('added')
print(sys.argv[-1], len(sys.argv))
