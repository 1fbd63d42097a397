# str/repr for many built-in exception classes
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException) and n not in ('EncodingWarning', 'BaseExceptionGroup', 'ExceptionGroup', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'OSError', 'EnvironmentError', 'IOError', 'SyntaxError', 'IndentationError', 'TabError') and not issubclass(getattr(builtins, n), OSError))
for n in names:
    cls = getattr(builtins, n)
    e0, e1, e2 = cls(), cls('msg'), cls('a', 1)
    print(n, repr(str(e0)), repr(e0), repr(str(e1)), repr(e1), repr(str(e2)), repr(e2))
