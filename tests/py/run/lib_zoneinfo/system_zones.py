# oracle: python3
# The system's time zone database (/usr/share/zoneinfo, Debian's tzdata; pyodide has none): zones and
# dates whose rules are settled, both hemispheres, negative DST (Europe/Dublin), half-hour offsets.
import zoneinfo
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

KEYS = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "UTC", "Europe/Dublin"]
print(zoneinfo.TZPATH[0])

for key in KEYS:
    z = ZoneInfo(key)
    print(repr(z), z is ZoneInfo(key), time(9, tzinfo=z).utcoffset())
    for dt in [datetime(1850, 1, 1), datetime(1970, 1, 1), datetime(2001, 1, 15, 12), datetime(2001, 7, 15, 12),
               datetime(2015, 1, 15, 12), datetime(2015, 7, 15, 12)]:
        d = dt.replace(tzinfo=z)
        print(" ", d.isoformat(), d.utcoffset(), d.dst(), d.tzname())

# the gaps and folds of 2015 and 2016, looked up locally and reached from UTC
CASES = [
    ("America/New_York", datetime(2015, 3, 8, 2, 30), datetime(2015, 11, 1, 1, 30), datetime(2015, 11, 1, 5)),
    ("Europe/London", datetime(2015, 3, 29, 1, 30), datetime(2015, 10, 25, 1, 30), datetime(2015, 10, 25, 0)),
    ("Australia/Sydney", datetime(2015, 10, 4, 2, 30), datetime(2016, 4, 3, 2, 30), datetime(2016, 4, 2, 15)),
    ("Europe/Dublin", datetime(2015, 3, 29, 1, 30), datetime(2015, 10, 25, 1, 30), datetime(2015, 10, 25, 0)),
]
for key, gap, fold, utc_start in CASES:
    z = ZoneInfo(key)
    print(key)
    for dt in [gap, gap.replace(fold=1), fold, fold.replace(fold=1)]:
        d = dt.replace(tzinfo=z)
        print(" ", d.isoformat(), "fold", d.fold, d.tzname(), d.astimezone(timezone.utc).time())
    for i in range(6):
        u = utc_start.replace(tzinfo=timezone.utc) + timedelta(minutes=30 * i)
        local = u.astimezone(z)
        print(" ", u.time(), "->", local.isoformat(), "fold", local.fold, local.astimezone(timezone.utc) == u)

# arithmetic keeps wall time; comparisons across zones use UTC
ny = ZoneInfo("America/New_York")
d = datetime(2015, 3, 7, 12, tzinfo=ny)
print((d + timedelta(days=1)).isoformat(), (d + timedelta(days=1)) - d)
print(datetime(2015, 7, 1, 12, tzinfo=ny) == datetime(2015, 7, 1, 17, tzinfo=ZoneInfo("Europe/London")))
print(datetime(2015, 7, 1, 12, tzinfo=ny).astimezone(ZoneInfo("Asia/Kolkata")).isoformat())
print(sorted({ZoneInfo(k).utcoffset(datetime(2015, 1, 1)) for k in KEYS}))
