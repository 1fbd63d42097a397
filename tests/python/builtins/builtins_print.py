# print: sep, end, file, flush
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep='--', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2.5, None, [1], 'x', sep=', ')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5))
print(*[], sep='x')
print('x', sep=None, end=None)
print('tab', 'sep', sep='\t')
print(file=sys.stdout)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('into', 'object', file=w, sep='_')
print(w.parts)
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', file=5)
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self): return 'custom str'
    def __repr__(self): return 'custom repr'
print(S(), [S()], str(S()), repr(S()))
print('unicode: é € 😀')
