# POSIX TZ strings (the TZif footer) on their own: Mm.w.d, Jn and n dates, transition times past 24h or
# negative, both hemispheres, negative DST, quoted names, and the ValueErrors for malformed strings.
import io
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from _tzif import footer_only


def zone(tz_string):
    return ZoneInfo.from_file(io.BytesIO(footer_only(tz_string)), key=tz_string)


def show(z, *dts):
    for dt in dts:
        aware = dt.replace(tzinfo=z)
        print(" ", aware.isoformat(), aware.dst(), aware.tzname())


NOONS = {}


def transitions(z, year):
    # the local wall times where the offset changes: a daily look, then hour by hour around a change
    # (z.utcoffset on naive datetimes: few datetime operations, which are slow in pure Python)
    if year not in NOONS:
        first = datetime(year, 1, 1, 12)
        NOONS[year] = [first + timedelta(days=d) for d in range(366 if year % 4 == 0 else 365)]
    days = NOONS[year]
    out = []
    for a, b in zip(days, days[1:]):
        if z.utcoffset(a) != z.utcoffset(b):
            hour = a
            while z.utcoffset(hour) == z.utcoffset(a):
                hour += timedelta(hours=1)
            out.append("%s %s->%s" % (hour.isoformat(), z.tzname(a), z.tzname(hour)))
    print(" ", year, "; ".join(out) if out else "no transitions")


CASES = [
    "EST5EDT,M3.2.0,M11.1.0",
    "CET-1CEST,M3.5.0,M10.5.0/3",
    "AEST-10AEDT,M10.1.0,M4.1.0/3",  # southern hemisphere: DST across the new year
    "IST-1GMT0,M10.5.0,M3.5.0/1",  # negative DST
    "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",  # quoted names, negative transition times
    "<+0330>-3:30",
    "NZST-12NZDT,M9.5.0,M4.1.0/3",
    "AAA3BBB,J60/2,J300/2",  # Julian days, February 29 not counted
    "AAA3BBB,59/2,300/2",  # zero-based days, February 29 counted
    "AAA4BBB,J60/167,J300/-167",  # transition hours beyond a day
    "AAA4BBB5:30:15,M1.1.1/2:30:45,M12.5.6/23:59:59",
    "AAA-22BBB,J1,J365/25",
    "<+00>0<+02>-2,M3.5.0/1,M10.5.0/3",
    "XXX-5:45",
]

for tz_string in CASES:
    z = zone(tz_string)
    print(repr(z))
    for year in (2019, 2020, 2024):
        transitions(z, year)
    show(z, datetime(2020, 1, 15, 12), datetime(2020, 7, 15, 12), datetime(2020, 2, 29, 12))

# folds and gaps under rules, looked up locally
z = zone("EST5EDT,M3.2.0,M11.1.0")
show(z, datetime(2030, 3, 10, 2, 30), datetime(2030, 3, 10, 2, 30, fold=1))
show(z, datetime(2030, 11, 3, 1, 30), datetime(2030, 11, 3, 1, 30, fold=1))
z = zone("AEST-10AEDT,M10.1.0,M4.1.0/3")
show(z, datetime(2030, 4, 7, 2, 30), datetime(2030, 4, 7, 2, 30, fold=1))
show(z, datetime(2030, 10, 6, 2, 30), datetime(2030, 10, 6, 2, 30, fold=1))
z = zone("IST-1GMT0,M10.5.0,M3.5.0/1")
show(z, datetime(2030, 10, 27, 1, 30), datetime(2030, 10, 27, 1, 30, fold=1))
show(z, datetime(2030, 3, 31, 1, 30), datetime(2030, 3, 31, 1, 30, fold=1))
for h in range(6):
    u = datetime(2030, 10, 26, 23, 0, tzinfo=timezone.utc) + timedelta(minutes=30 * h)
    local = u.astimezone(z)
    print(" ", u.time(), "->", local.isoformat(), local.fold)

# extreme but valid strings load; malformed ones raise ValueError naming the string
for tz_string in ["AAA24", "AAA-24", "AAA24:59:59BBB5,J60/2,J300/2", "AAA4BBB,M12.1.1/2,M1.1.1/2",
                  "AAA4BBB,M1.5.1/2,M1.1.1/2", "AAA4BBB,0/2,0/14", "AAA4BBB,J365/2,J365/14",
                  "AAA4BBB,J60/-167:59:59,J300/2", "<>0", "A0"]:
    print("ok", repr(zone(tz_string)))

for tz_string in [
    "PST8PDT", "+11", "GMT,M3.2.0/2,M11.1.0/3", "GMT0+11,M3.2.0/2,M11.1.0/3", "PST8PDT,M3.2.0/2",
    "AAA168", "AAA-25", "AAA4BBB168,J60/2,J300/2", "AAA4:0BBB,J60/2,J300/2", "AAA4BBB5:100,J60/2,J300/2",
    "AAA4BBB,M1443339,M11.1.0/3", "AAA4BBB,M3.2.0/2,0349309483959c", "AAA4BBB,,J300/2", "AAA4BBB,J60/2,",
    "AAA4BBB,M13.1.1/2,M1.1.1/2", "AAA4BBB,M0.1.1/2,M1.1.1/2", "AAA4BBB,M1.6.1/2,M1.1.1/2",
    "AAA4BBB,M1.1.7/2,M2.1.1/2", "AAA4BBB,-1/2,20/2", "AAA4BBB,367,20/2", "AAA4BBB,J0/2,J20/2",
    "AAA4BBB,J60/2/3,J300/2", "AAA4BBB,J60/168,J300/2", "AAA4BBB,J60/2:0,J300/2", "AAA4BBB,J60/2,J300/2:00:100",
    "<A+1", "<A!>0", "AAA4BBB,J60,J300 ", "AAA", "4",
]:
    try:
        zone(tz_string)
        print("loaded?", tz_string)
    except ValueError as e:
        print("ValueError:", e)
