# oracle: python3
# local time follows $TZ after time.tzset(): zone files, POSIX rule strings, DST gaps and repeats in
# mktime, the module's timezone/altzone/daylight/tzname (the oracle pyodide has no zone database)
import os
import time

stamps = [0, 1e9, 1704067200, 1720000000, 1711846800 - 1, 1711846800, 1729990800 - 1, 1729990800]
walls = [(2024, 3, 31, 2, 30, 0, 0, 0, -1), (2024, 3, 31, 2, 30, 0, 0, 0, 1), (2024, 10, 27, 2, 30, 0, 0, 0, -1),
         (2024, 10, 27, 2, 30, 0, 0, 0, 0), (2024, 10, 27, 2, 30, 0, 0, 0, 1), (2024, 7, 1, 12, 0, 0, 0, 0, 0),
         (2024, 1, 1, 12, 0, 0, 0, 0, 1), (2024, 14, 40, 25, 70, 70, 0, 0, -1)]
for tz in ["UTC", "Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/St_Johns",
           "EST5EDT", "CET-1CEST,M3.5.0,M10.5.0/3", "<+0330>-3:30", "NZST-12NZDT,M9.5.0,M4.1.0/3", ""]:
    os.environ["TZ"] = tz
    time.tzset()
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname)
    for t in stamps:
        lt = time.localtime(t)
        print("  ", tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime("%Z %z|%c", lt), time.mktime(lt) == t)
    for w in walls:
        print("  ", w, time.mktime(w))
    print("  ", time.ctime(1e9), time.asctime(time.localtime(1.5e9)))
