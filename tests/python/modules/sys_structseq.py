# struct sequences: sys.version_info / float_info / hash_info / int_info / flags, time.struct_time
import sys, time
v = sys.version_info
print(type(v).__name__, isinstance(v, tuple), v[:2] == (v.major, v.minor), v >= (3, 0), len(v), v.releaselevel)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.radix, len(sys.float_info))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.int_info.bits_per_digit)
print(sys.flags.optimize, sys.flags.debug, type(sys.flags).__name__)
t = time.gmtime(1234567890)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[:3], t == tuple(t))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'X', 60)).tm_zone)
for bad in ((1, 2), tuple(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(sys.float_info)[:40], str(time.gmtime(0))[:40])
print(time.strftime('%c|%x|%X|%D|%e|%j|%U|%W|%G-%V-%u|%p|%I|%C|%h|%R|%T|%F|%k|%l|%%', t))
for ts in [0, 86400 * 3, 86400 * 365 * 30, 1700000000, -86400 * 400, 1609459200, 1704067199]:
    print(time.strftime('%U %W %V %G %g %u %w %a %j', time.gmtime(ts)), time.gmtime(ts)[:8])
print(time.gmtime(1.9)[5], time.gmtime(-1.5)[:6], time.mktime(time.gmtime(1234567890)), time.ctime(0), time.asctime((2020, 2, 29, 12, 30, 45, 5, 60, 0)))
