# ZoneInfo(key) through zoneinfo.TZPATH (a folder of TZif files made here): the per-key cache, no_cache,
# clear_cache, subclasses with their own cache, pickling and copying, key validation, missing keys,
# available_timezones(), the read-only key, fromutc's argument checks.
import copy
import os
import pickle
import shutil
import tempfile
import zoneinfo
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from _tzif import footer_only, tzif, utc

root = tempfile.mkdtemp()
ZONES = {
    "Test/Eastern": tzif(
        [(utc(1883, 11, 18, 17), 2), (utc(2020, 3, 8, 7), 1), (utc(2020, 11, 1, 6), 2)],
        [(-17762, 0, "LMT"), (-14400, 1, "EDT"), (-18000, 0, "EST")],
        b"EST5EDT,M3.2.0,M11.1.0",
    ),
    "Test/Sub/Sydney": footer_only("AEST-10AEDT,M10.1.0,M4.1.0/3"),
    "Kolkata": footer_only("IST-5:30"),
    "UTC": footer_only("UTC0"),
}
for key, data in ZONES.items():
    path = os.path.join(root, *key.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
with open(os.path.join(root, "README"), "w") as f:
    f.write("not a zone\n")
zoneinfo.reset_tzpath([root])
print(zoneinfo.TZPATH == (root,))
print(sorted(zoneinfo.available_timezones()))

# one object per key while it lives
a = ZoneInfo("Test/Eastern")
print(a is ZoneInfo("Test/Eastern"), a is ZoneInfo(key="Test/Eastern"), repr(a), str(a), a.key)
for dt in [datetime(2020, 1, 1), datetime(2020, 7, 1), datetime(2020, 11, 1, 1, 30, fold=1), datetime(2040, 7, 1)]:
    d = dt.replace(tzinfo=a)
    print(" ", d.isoformat(), d.tzname(), d.dst())
nc = ZoneInfo.no_cache("Test/Eastern")
print(nc is a, nc == a, nc.key, ZoneInfo.no_cache(key="Test/Eastern") is nc)
print(datetime(2020, 7, 1, tzinfo=nc).utcoffset() is datetime(2020, 7, 1, tzinfo=a).utcoffset())

# clear_cache: everything, or only some keys
b = ZoneInfo("Kolkata")
ZoneInfo.clear_cache(only_keys=["Kolkata", "Not/There"])
print(ZoneInfo("Kolkata") is b, ZoneInfo("Test/Eastern") is a)
ZoneInfo.clear_cache()
print(ZoneInfo("Test/Eastern") is a)
a = ZoneInfo("Test/Eastern")
ZoneInfo.clear_cache(only_keys=iter(["Test/Eastern"]))
print(ZoneInfo("Test/Eastern") is a)
try:
    ZoneInfo.clear_cache(["Test/Eastern"])
except TypeError:
    print("clear_cache takes only_keys by keyword")


# subclasses: their own cache, their name in repr
class MyZone(ZoneInfo):
    pass


class MyOtherZone(MyZone):
    def extra(self):
        return "extra " + self.key


m = MyZone("Test/Sub/Sydney")
print(type(m).__name__, repr(m), str(m), m is MyZone("Test/Sub/Sydney"), m is ZoneInfo("Test/Sub/Sydney"))
print(isinstance(m, ZoneInfo), MyOtherZone("Test/Sub/Sydney").extra(), MyOtherZone("UTC") is MyZone("UTC"))
print(type(MyZone.no_cache("UTC")).__name__, type(MyZone.from_file(open(os.path.join(root, "UTC"), "rb"))).__name__)
m.note = "instances of subclasses have a __dict__"
print(m.note, hasattr(ZoneInfo("UTC"), "__dict__"))
MyZone.clear_cache()
print(MyZone("Test/Sub/Sydney") is m)

# pickling is by key: cached zones come back as the cached object, no_cache ones as new objects
z = ZoneInfo("Test/Eastern")
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(z, proto))
    back_nc = pickle.loads(pickle.dumps(nc, proto))
    print(proto, back is z, back_nc is nc, back_nc is z, back_nc.key)
print(copy.copy(z) is z, copy.deepcopy(z) is z)
print(z.__reduce__()[1], nc.__reduce__()[1])
m = MyZone("Kolkata")
print(pickle.loads(pickle.dumps(m)) is m)
with open(os.path.join(root, "Kolkata"), "rb") as f:
    from_file = ZoneInfo.from_file(f, key="Kolkata")
print(from_file is ZoneInfo("Kolkata"), from_file.key, str(from_file))
try:
    pickle.dumps(from_file)
except pickle.PicklingError as e:
    print("PicklingError:", e)

# keys that are not zones, and keys that are not allowed
for key in ["Test/Nowhere", "README", "Test", "Test/Sub"]:
    try:
        ZoneInfo(key)
        print("found?", key)
    except ZoneInfoNotFoundError as e:
        print(type(e).__name__, isinstance(e, KeyError))
    except ValueError as e:
        print("ValueError", key)
for key in ["/Test/Eastern", "Test/Eastern/", "../Test/Eastern", "Test/../Test/Eastern", "Test/./Eastern"]:
    try:
        ZoneInfo(key)
    except ValueError as e:
        print("ValueError:", e)
try:
    ZoneInfo.no_cache("../x")
except ValueError as e:
    print("ValueError:", e)

# the key is read-only
try:
    z.key = "Other"
except AttributeError as e:
    print("AttributeError:", e)

# fromutc wants a datetime whose tzinfo is this zone
for arg in [datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc), "2020"]:
    try:
        z.fromutc(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(z.fromutc(datetime(2020, 11, 1, 6, 30, tzinfo=z)).fold)
print(z.utcoffset(None), ZoneInfo("Kolkata").utcoffset(None), ZoneInfo("Kolkata").tzname(None))

zoneinfo.reset_tzpath()
shutil.rmtree(root)
