# CPython's library on top of time: calendar.timegm, datetime's timestamp conversions and strftime
import calendar
import datetime
import time

for t in [0, 1e9, 1234567890, 1700000000, -86400]:
    g = time.gmtime(t)
    print(calendar.timegm(g) == int(t), calendar.timegm(g))
utc = datetime.timezone.utc
d = datetime.datetime.fromtimestamp(1234567890, tz=utc)
print(d, d.timestamp(), d.timetuple())
print(d.strftime("%A %d %B %Y %I:%M:%S %p %j %U %W %a %b"))
print(datetime.datetime(2024, 2, 29, 13, 5).strftime("%c | %x | %X | %y | %H%M"))
print(tuple(datetime.date(2021, 1, 3).isocalendar()), datetime.date(2021, 1, 3).strftime("%G %V %u"))
print(datetime.datetime.fromtimestamp(0, tz=utc).strftime("%Y-%m-%dT%H:%M:%S%z %Z"))
print(datetime.datetime.utcfromtimestamp(86400 * 365) if False else datetime.datetime.fromtimestamp(86400 * 365, utc))
now = datetime.datetime.now(tz=utc)
print(now.year >= 2024, abs(now.timestamp() - time.time()) < 5)
print(datetime.date.fromtimestamp(1e9) == datetime.date(2001, 9, 9))
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.weekday(2024, 1, 1))
print(time.strftime("%Y-%m-%d", datetime.date(2024, 7, 4).timetuple()))
print(time.mktime(datetime.datetime(2024, 1, 1).timetuple()) == datetime.datetime(2024, 1, 1).timestamp())
