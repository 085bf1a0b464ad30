# ZoneInfo's argument checking and odd inputs: wrong argument counts and keywords, files that are not
# TZif, lookups with things that are not datetimes, datetime subclasses, the tzinfo protocol around it.
import io
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from _tzif import footer_only, tzif, utc


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


data = tzif(
    [(utc(2020, 3, 8, 7), 1), (utc(2020, 11, 1, 6), 0)],
    [(-18000, 0, "EST"), (-14400, 1, "EDT")],
    b"EST5EDT,M3.2.0,M11.1.0",
)
z = ZoneInfo.from_file(io.BytesIO(data), key="Test/Zone")

attempt("ZoneInfo()", lambda: ZoneInfo())
attempt("ZoneInfo(1, 2)", lambda: ZoneInfo("a", "b"))
attempt("ZoneInfo(nokey=)", lambda: ZoneInfo(nokey="a"))
attempt("no_cache()", lambda: ZoneInfo.no_cache())
attempt("from_file()", lambda: ZoneInfo.from_file())
attempt("from_file(file_obj=)", lambda: ZoneInfo.from_file(file_obj=io.BytesIO(data)))
attempt("from_file(f, 'k', 3)", lambda: ZoneInfo.from_file(io.BytesIO(data), "k", 3))
attempt("from_file(f, 'k')", lambda: ZoneInfo.from_file(io.BytesIO(data), "k"))
attempt("clear_cache(x=)", lambda: ZoneInfo.clear_cache(x=1))
attempt("clear_cache([])", lambda: ZoneInfo.clear_cache([]))
attempt("clear_cache(2 kw)", lambda: ZoneInfo.clear_cache(only_keys=[], x=1))
attempt("_unpickle(1)", lambda: ZoneInfo._unpickle("k"))
attempt("_unpickle(k=)", lambda: ZoneInfo._unpickle(key="k", from_cache=1))
attempt("utcoffset(1, 2)", lambda: z.utcoffset(1, 2))
attempt("fromutc(dt=)", lambda: z.fromutc(dt=1))
attempt("fromutc(1, 2)", lambda: z.fromutc(1, 2))
attempt("utcoffset()", lambda: z.utcoffset())
attempt("utcoffset(dt=)", lambda: z.utcoffset(dt=None))
attempt("fromutc()", lambda: z.fromutc())

# files that are not TZif data
for bad in [b"", b"AAAA3" + b" " * 15, b"TZif2" + b"\x00" * 15, footer_only("EST5EDT")]:
    attempt("from_file %r" % bad[:8], lambda: ZoneInfo.from_file(io.BytesIO(bad)))
attempt("from_file(str)", lambda: ZoneInfo.from_file("not a file"))
attempt("from_file(StringIO)", lambda: ZoneInfo.from_file(io.StringIO("TZif")))

# lookups with other objects
try:
    z.utcoffset(date(2020, 1, 1))
except AttributeError as e:
    print("utcoffset(date) -> AttributeError", e.name)
attempt("utcoffset(1)", lambda: z.utcoffset(1))
attempt("dst(None)", lambda: z.dst(None))
attempt("tzname(None)", lambda: z.tzname(None))
attempt("time.utcoffset", lambda: time(12, tzinfo=z).utcoffset())
attempt("fromutc(date)", lambda: z.fromutc(date(2020, 1, 1)))
attempt("fromutc(time)", lambda: z.fromutc(time(1, tzinfo=z)))


class Stamp(datetime):
    # a datetime subclass: its own toordinal/hour are what the zone reads
    def __add__(self, other):
        r = super().__add__(other)
        return Stamp(r.year, r.month, r.day, r.hour, r.minute, r.second, tzinfo=r.tzinfo, fold=r.fold)


s = Stamp(2020, 11, 1, 1, 30, tzinfo=z)
print(s.utcoffset(), s.replace(fold=1).utcoffset(), s.tzname(), type(s.astimezone(timezone.utc)).__name__)
u = Stamp(2020, 11, 1, 6, 30, tzinfo=z)
r = z.fromutc(u)
print(type(r).__name__, r, r.fold, u.fold)
plain = datetime(2020, 11, 1, 6, 30, tzinfo=z)
r = z.fromutc(plain)
print(type(r).__name__, r, r.fold, plain.fold, r is plain)

# a zone is a tzinfo
print(isinstance(z, tzinfo), ZoneInfo.__mro__[1] is tzinfo, ZoneInfo.__module__, ZoneInfo.__name__)
print(ZoneInfo.fromutc.__doc__ is not None, ZoneInfo.utcoffset.__name__)
print(datetime(2020, 7, 1, 12, tzinfo=z).astimezone(timezone(timedelta(hours=2))).isoformat())
print(datetime(2020, 7, 1, 12, tzinfo=z).timestamp(), datetime.fromtimestamp(1593619200, z).isoformat())
print(datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=z).timestamp() - datetime(2020, 11, 1, 1, 30, tzinfo=z).timestamp())
print(sorted([datetime(2020, 11, 1, 1, 30, fold=f, tzinfo=z) for f in (1, 0)])[0].fold)
print(datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=z) == datetime(2020, 11, 1, 1, 30, tzinfo=z))
attempt("pickle datetime with from_file zone", lambda: pickle.dumps(datetime(2020, 1, 1, tzinfo=z)))
attempt("hash", lambda: hash(z) == hash(z))
attempt("weakref", lambda: __import__("weakref").ref(z)() is z)
attempt("no attributes", lambda: setattr(z, "x", 1))
