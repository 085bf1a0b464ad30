# Zones from the `tzdata` package when TZPATH has none: a tzdata package made in a temporary folder
# (tzdata/zoneinfo/<Area>/<Zone> files read through importlib.resources, tzdata/zones listing the keys).
import os
import shutil
import sys
import tempfile
import zoneinfo
from datetime import datetime

from _tzif import footer_only, tzif, utc

root = tempfile.mkdtemp()
package = os.path.join(root, "tzdata")
for folder in ["", "zoneinfo", "zoneinfo/Test", "zoneinfo/Test/Deep"]:
    os.makedirs(os.path.join(package, folder), exist_ok=True)
    with open(os.path.join(package, folder, "__init__.py"), "w"):
        pass
files = {
    "zoneinfo/Test/Eastern": tzif(
        [(utc(2020, 3, 8, 7), 1), (utc(2020, 11, 1, 6), 0)],
        [(-18000, 0, "EST"), (-14400, 1, "EDT")],
        b"EST5EDT,M3.2.0,M11.1.0",
    ),
    "zoneinfo/Test/Deep/Kathmandu": footer_only("<+0545>-5:45"),
    "zoneinfo/UTC": footer_only("UTC0"),
}
for name, data in files.items():
    with open(os.path.join(package, name), "wb") as f:
        f.write(data)
with open(os.path.join(package, "zones"), "w") as f:
    f.write("Test/Eastern\nTest/Deep/Kathmandu\nUTC\n")

sys.path.insert(0, root)
zoneinfo.reset_tzpath([])
print(zoneinfo.TZPATH)
for key in ["Test/Eastern", "Test/Deep/Kathmandu", "UTC"]:
    z = zoneinfo.ZoneInfo(key)
    print(repr(z), z is zoneinfo.ZoneInfo(key))
    for dt in [datetime(2020, 1, 1, 12), datetime(2021, 7, 1, 12), datetime(2021, 11, 7, 1, 30, fold=1)]:
        aware = dt.replace(tzinfo=z)
        print(" ", aware.isoformat(), aware.tzname(), aware.dst())
print(sorted(zoneinfo.available_timezones()))
for key in ["Test/Nope", "Nope/Zone", "Test", "Test/Deep"]:
    try:
        zoneinfo.ZoneInfo(key)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError:", e)
print("tzdata" in sys.modules, zoneinfo.ZoneInfo.no_cache("UTC").key)

sys.path.remove(root)
for name in [m for m in sys.modules if m == "tzdata" or m.startswith("tzdata.")]:
    del sys.modules[name]
zoneinfo.reset_tzpath()
shutil.rmtree(root)
