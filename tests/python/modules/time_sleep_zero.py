# repeated short sleeps and ordering of clocks
import time
stamps = []
for i in range(5):
    stamps.append(time.monotonic())
    time.sleep(0.002)
print(all(b >= a for a, b in zip(stamps, stamps[1:])), stamps[-1] - stamps[0] >= 0.006)
t0 = time.perf_counter()
time.sleep(0.02)
d = time.perf_counter() - t0
print(d >= 0.018, d < 10)
time.sleep(0.0)
time.sleep(False)
print('done', type(time.sleep).__name__)
