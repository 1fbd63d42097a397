# sys.exit with int code ends the program with that status
import sys
print('before exit')
sys.stdout.flush()
sys.exit(3)
print('not printed')
