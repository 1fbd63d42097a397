# time.gmtime / strftime / mktime on fixed timestamps (deterministic)
import time
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(tuple(time.gmtime(1700000000)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1234567890)))
print(time.strftime('%a %b %d %j', time.gmtime(86400 * 365)))
print(time.gmtime(1700000000)[:6], type(time.gmtime()).__name__)
print(time.asctime(time.gmtime(0)))
