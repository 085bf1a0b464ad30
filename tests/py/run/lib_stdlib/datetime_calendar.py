# datetime (arithmetic, timedelta normalisation, isoformat/fromisoformat, strftime/strptime, timezone,
# comparisons, replace) and calendar (month text, leap years, weekday, monthrange, iterators).
import calendar
import datetime as dt

a = dt.datetime(2024, 2, 28, 23, 30, 15, 123456)
print(a + dt.timedelta(hours=1), a - dt.datetime(2023, 12, 31), a.isoformat(), a.date(), a.time())
print(dt.timedelta(days=-1, seconds=5), dt.timedelta(weeks=1, minutes=90).total_seconds(), repr(dt.timedelta(1, 2, 3)))
print(a.strftime("%Y-%m-%d %H:%M:%S.%f %A %j %U"), dt.datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"))
print(dt.date.fromisoformat("2020-02-29").toordinal(), tuple(dt.date(2020, 1, 1).isocalendar()), dt.date(2024, 3, 1).weekday())
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
b = dt.datetime(2024, 1, 1, 12, tzinfo=tz)
print(b, b.utcoffset(), b.tzname(), b.astimezone(dt.timezone.utc), b.timestamp())
print(dt.datetime.fromisoformat("2024-05-06T07:08:09+02:00"), dt.datetime.fromtimestamp(0, dt.timezone.utc))
print(a.replace(year=2023, month=3), dt.date.max, dt.time(1, 2, 3, 4).isoformat("milliseconds"))
print(sorted([dt.date(2024, 1, 2), dt.date(2023, 5, 5)]), dt.date(2024, 1, 2) - dt.date(2023, 5, 5))
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    b < dt.datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError")  # the message differs between the C module and _pydatetime
print(calendar.isleap(2024), calendar.leapdays(1900, 2000), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(firstweekday=6).formatmonth(2023, 12))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], calendar.month_name[3], calendar.day_abbr[0])
print(calendar.timegm((2000, 1, 1, 0, 0, 0)))
