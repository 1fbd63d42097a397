# time_ns / perf_counter_ns / monotonic_ns consistency
import time
a = time.monotonic_ns()
b = time.perf_counter_ns()
c = time.time_ns()
x = sum(range(10000))
a2 = time.monotonic_ns()
b2 = time.perf_counter_ns()
c2 = time.time_ns()
print(a2 >= a, b2 >= b, c2 >= c, x)
print(type(a).__name__, type(b).__name__, type(c).__name__, c > 1_600_000_000 * 10**9)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').monotonic)
print(isinstance(time.process_time_ns(), int), time.process_time_ns() >= 0)
