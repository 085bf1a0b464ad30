# gmtime of fixed timestamps: fields, attributes, tuple behaviour
import time

for t in [0, 1, 59.999, 86399, 86400, 951782400, 1e9, 1234567890.5, 1709164800, 2147483647, 2147483648,
          4102444800, -1, -0.5, -86401, -1e9, 253402300799]:
    g = time.gmtime(t)
    print(t, tuple(g), g.tm_wday, g.tm_yday)

g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_gmtoff)
print(len(g), g[0], g[-1], g[2:5], list(g)[:3])
y, m, d, *rest = g
print(y, m, d, rest)
print(g == tuple(g), g == (2023, 11, 14, 22, 13, 20, 1, 318, 0), isinstance(g, tuple))
print(type(g).__name__, type(g).__module__, type(g) is time.struct_time)
print(time.gmtime(1e9) < time.gmtime(2e9), max(time.gmtime(5), time.gmtime(7)).tm_sec)
try:
    g[9]
except IndexError as e:
    print("IndexError", e)
try:
    g.tm_year = 5
except AttributeError as e:
    print("AttributeError")
# leap days and century rules
for t in [951782400, 951868800, 4107542400, 4107456000, 946684800 - 1]:
    g = time.gmtime(t)
    print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_yday)
