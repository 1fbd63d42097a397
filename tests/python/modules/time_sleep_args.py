# time.sleep: argument checks and range errors (CPython converts to ns in an i64).
import time

for x in [float('nan'), float('inf'), float('-inf'), 1e300, 2**70, -2**70, '1', None, -1, -0.5, 0, 0.0, 0.001, True, False]:
    try:
        print(repr(x), time.sleep(x))
    except Exception as e:
        print(repr(x), type(e).__name__, e)

for args in [(), (1, 2)]:
    try:
        time.sleep(*args)
    except TypeError as e:
        print(e)
