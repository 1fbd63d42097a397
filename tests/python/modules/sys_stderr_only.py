# writes only to stderr
import sys
sys.stderr.write('line one\n')
print('line two', file=sys.stderr)
print('multi', 'args', sep='|', end='!\n', file=sys.stderr)
sys.stderr.flush()
