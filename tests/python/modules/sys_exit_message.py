# sys.exit with a string prints it to stderr, exits 1
import sys
print('start')
sys.exit('fatal: something went wrong')
