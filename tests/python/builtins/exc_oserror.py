# OSError construction and subclass selection by errno
import errno
for args in [(2, 'x'), (17, 'exists'), (13, 'perm'), (21, 'isdir'), (20, 'notdir'), (32, 'pipe'), (111, 'refused'), (104, 'reset'), (110, 'timeout'), (11, 'again'), (4, 'intr'), (3, 'srch'), (10, 'child'), (999, 'unknown'), ('a',), ()]:
    e = OSError(*args)
    print(args, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, 'No such file or directory', 'f.txt')
print(type(e).__name__, str(e), e.args, e.filename, e.filename2, repr(e))
e = OSError(2, 'msg', 'a', None, 'b')
print(str(e), e.filename2)
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[2])
try:
    raise FileNotFoundError(errno.ENOENT, 'gone', 'path')
except OSError as ex:
    print(type(ex).__name__, ex, ex.errno)
print(repr(FileNotFoundError('just msg')), FileNotFoundError('just msg').errno)
print(isinstance(PermissionError(), OSError), issubclass(ConnectionResetError, ConnectionError))
