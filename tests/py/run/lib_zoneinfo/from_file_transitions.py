# ZoneInfo.from_file on TZif files built here: listed transitions (version 1 32-bit data, version 2/3
# 64-bit data), the POSIX TZ footer after the last one, gaps and folds (PEP 495) both ways.
import io
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from _tzif import tzif, utc


class NamedFile(io.BytesIO):
    def __repr__(self):
        return "NamedFile()"


EASTERN_TYPES = [(-17762, 0, "LMT"), (-14400, 1, "EDT"), (-18000, 0, "EST")]
EASTERN_TRANS = [
    (utc(1883, 11, 18, 17), 2),
    (utc(2019, 3, 10, 7), 1),
    (utc(2019, 11, 3, 6), 2),
    (utc(2020, 3, 8, 7), 1),
    (utc(2020, 11, 1, 6), 2),
]


def show(zone, *dts):
    for dt in dts:
        aware = dt.replace(tzinfo=zone)
        print(" ", aware.isoformat(), aware.utcoffset(), aware.dst(), aware.tzname())


def walk_utc(zone, start, hours):
    # UTC -> local -> UTC across a transition, every 30 minutes
    for i in range(hours * 2):
        u = start + timedelta(minutes=30 * i)
        local = u.astimezone(zone)
        back = local.astimezone(timezone.utc)
        print(" ", u.strftime("%H:%M"), "->", local.isoformat(), "fold", local.fold, local.tzname(), back == u)


for version in (1, 2, 3):
    data = tzif(EASTERN_TRANS, EASTERN_TYPES, b"EST5EDT,M3.2.0,M11.1.0", version)
    zone = ZoneInfo.from_file(NamedFile(data), key="Test/Eastern%d" % version)
    print("version", version, repr(zone), str(zone), zone.key)
    show(
        zone,
        datetime(1800, 1, 1),
        datetime(1883, 11, 18, 11, 59),
        datetime(1883, 11, 18, 12, 10),
        datetime(2019, 7, 1, 12),
        datetime(2020, 1, 1),
        # the spring gap: 02:30 does not exist; fold picks the offset before or after
        datetime(2020, 3, 8, 2, 30),
        datetime(2020, 3, 8, 2, 30, fold=1),
        # the autumn fold: 01:30 happens twice
        datetime(2020, 11, 1, 1, 30),
        datetime(2020, 11, 1, 1, 30, fold=1),
        # from the footer rule on
        datetime(2021, 3, 14, 1, 59),
        datetime(2021, 3, 14, 3, 0),
        datetime(2021, 11, 7, 1, 30),
        datetime(2021, 11, 7, 1, 30, fold=1),
        datetime(2037, 7, 1),
        datetime(2100, 12, 31, 23, 59),
    )
    walk_utc(zone, datetime(2020, 11, 1, 5, tzinfo=timezone.utc), 3)
    walk_utc(zone, datetime(2022, 11, 6, 5, tzinfo=timezone.utc), 3)
    walk_utc(zone, datetime(2022, 3, 13, 6, tzinfo=timezone.utc), 2)

# no footer (version 1, or an empty one): the last transition's type stays
data = tzif(EASTERN_TRANS, EASTERN_TYPES, b"", 2)
zone = ZoneInfo.from_file(NamedFile(data))
print(repr(zone), str(zone), zone.key)
show(zone, datetime(2020, 12, 1), datetime(2050, 7, 1))

# the last listed type is DST: it stays DST with its amount
data = tzif(EASTERN_TRANS[:4], EASTERN_TYPES, b"", 2)
zone = ZoneInfo.from_file(NamedFile(data))
show(zone, datetime(2020, 12, 1), datetime(2050, 1, 1))

# a zone changing its standard offset (no DST): +03 -> +04 -> +03
trans = [(utc(1990, 1, 1), 1), (utc(2011, 3, 26, 23), 2), (utc(2014, 10, 25, 22), 1)]
types = [(9017, 0, "LMT"), (10800, 0, "+03"), (14400, 0, "+04")]
zone = ZoneInfo.from_file(NamedFile(tzif(trans, types, b"<+03>-3")))
show(zone, datetime(1980, 1, 1), datetime(2011, 3, 27, 2, 30), datetime(2014, 10, 26, 1, 30))
show(zone, datetime(2014, 10, 26, 1, 30, fold=1), datetime(2030, 1, 1))
walk_utc(zone, datetime(2014, 10, 25, 21, tzinfo=timezone.utc), 2)

# negative DST (Europe/Dublin style): "IST" is standard time in summer, "GMT" is DST in winter
types = [(-1521, 0, "LMT"), (3600, 0, "IST"), (0, 1, "GMT")]
trans = [(utc(1971, 10, 31, 2), 1), (utc(2019, 10, 27, 1), 2), (utc(2020, 3, 29, 1), 1)]
zone = ZoneInfo.from_file(NamedFile(tzif(trans, types, b"IST-1GMT0,M10.5.0,M3.5.0/1")))
show(zone, datetime(2020, 1, 15), datetime(2020, 7, 15), datetime(2021, 1, 15), datetime(2021, 7, 15))
show(zone, datetime(2021, 10, 31, 1, 30), datetime(2021, 10, 31, 1, 30, fold=1))
show(zone, datetime(2021, 3, 28, 1, 30), datetime(2021, 3, 28, 1, 30, fold=1))
walk_utc(zone, datetime(2021, 10, 30, 23, tzinfo=timezone.utc), 3)

# one fixed offset: datetime.time objects get an offset too
zone = ZoneInfo.from_file(NamedFile(tzif([], [(19800, 0, "IST")], b"IST-5:30")))
print(time(12, tzinfo=zone).utcoffset(), time(12, tzinfo=zone).tzname(), time(12, tzinfo=zone).dst())
zone = ZoneInfo.from_file(NamedFile(tzif(EASTERN_TRANS, EASTERN_TYPES, b"EST5EDT,M3.2.0,M11.1.0")))
print(time(12, tzinfo=zone).utcoffset(), time(12, tzinfo=zone).tzname(), time(12, tzinfo=zone).dst())

# the whole range of datetime
show(zone, datetime.min, datetime.max)
print(datetime.max.replace(tzinfo=timezone.utc).astimezone(ZoneInfo.from_file(NamedFile(tzif([], [(0, 0, "Z")], b"Z0")))))
try:
    datetime.max.replace(tzinfo=timezone.utc).astimezone(zone.from_file(NamedFile(tzif([], [(3600, 0, "A")], b"A-1"))))
except OverflowError as e:
    print("OverflowError")

# the same offsets give the same timedelta objects
a = ZoneInfo.from_file(NamedFile(tzif(EASTERN_TRANS, EASTERN_TYPES, b"EST5EDT,M3.2.0,M11.1.0")))
print(datetime(2020, 1, 1, tzinfo=a).utcoffset() is datetime(2020, 1, 1, tzinfo=zone).utcoffset())
