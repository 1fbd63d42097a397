# sys.exit(None) and sys.exit(0) exit with status 0
import sys
print('bye')
sys.exit(None)
