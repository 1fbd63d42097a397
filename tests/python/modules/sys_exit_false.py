# SystemExit with a non-int, non-None code prints it and exits 1; True exits 1
import sys
print('x')
sys.exit(True)
