# strftime / gmtime / struct_time fields with fixed timestamps
import time
for ts in [0, 1, 59, 3600, 86399, 951782400, 1234567890, 2147483647, 4102444800]:
    t = time.gmtime(ts)
    print(ts, time.strftime('%Y-%m-%dT%H:%M:%S', t), t.tm_wday, t.tm_yday, time.strftime('%A %B %y %%', t))
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(st.tm_year, st.tm_mon, st[2], len(st), time.strftime('%d/%m/%Y %I:%M %p', st))
print(tuple(time.gmtime(-86400)))
