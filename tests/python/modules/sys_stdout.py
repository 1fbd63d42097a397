# sys.stdout / sys.stderr write
import sys
n = sys.stdout.write('hello\n')
print(n)
print(sys.stdout.write(''), sys.stdout.write('é€\n'))
m = sys.stderr.write('to stderr\n')
print(m)
sys.stdout.writelines(['a\n', 'b\n'])
sys.stdout.flush()
print(sys.stdout.isatty(), sys.stdin.isatty())
print(sys.stdout.encoding.lower().replace('-', ''), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
old = sys.stdout
class Cap:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s); return len(s)
    def flush(self): pass
cap = Cap()
sys.stdout = cap
print('captured', 1, 2)
sys.stdout = old
print(cap.data)
print('after restore')
