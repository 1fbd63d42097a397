# time.sleep elapsed time
import time
s = time.perf_counter()
m = time.monotonic()
r = time.sleep(0.01)
e = time.perf_counter() - s
em = time.monotonic() - m
print(r, e >= 0.009, em >= 0.009, e < 5)
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    time.sleep('x')
except TypeError as ex:
    print(type(ex).__name__, ex)
print(time.sleep(0.001) is None)
