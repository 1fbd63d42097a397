# time module: types and monotonicity (no actual timing values printed)
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
c1 = time.process_time()
print(type(t1).__name__, type(p1).__name__, type(m1).__name__, type(c1).__name__)
print(t1 > 1.6e9, p1 >= 0 or True, m1 >= 0 or True, c1 >= 0)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
total = 0
for i in range(100000):
    total += i
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
c2 = time.process_time()
print(t2 >= t1, p2 >= p1, m2 >= m1, c2 >= c1, total)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
