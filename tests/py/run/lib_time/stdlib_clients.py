# more of CPython's library on top of time/gc: logging's time formatting, email dates, timeit, sched
import email.utils
import gc
import logging
import sched
import time
import timeit

fmt = logging.Formatter("%(asctime)s|%(levelname)s|%(message)s", datefmt="%Y-%m-%d %H:%M:%S")
fmt.converter = time.gmtime
rec = logging.makeLogRecord({"msg": "hello", "levelname": "INFO", "created": 1234567890.25, "msecs": 250.0})
print(fmt.format(rec))
fmt2 = logging.Formatter("%(asctime)s %(message)s")
fmt2.converter = time.gmtime
print(fmt2.format(rec))
print(email.utils.formatdate(1234567890), email.utils.formatdate(0, usegmt=True))
print(email.utils.parsedate_tz("Fri, 13 Feb 2009 23:31:30 -0000"))
print(email.utils.mktime_tz(email.utils.parsedate_tz("Fri, 13 Feb 2009 23:31:30 +0100")))
print(gc.isenabled())
t = timeit.Timer("sum(range(10))")
print(t.timeit(number=100) >= 0, gc.isenabled())
n, total = t.autorange()
print(n >= 1, total >= 0)
out = []
s = sched.scheduler(time.monotonic, time.sleep)
start = time.monotonic()
s.enterabs(start + 0.03, 1, out.append, ("late",))
s.enterabs(start + 0.01, 1, out.append, ("early",))
s.enterabs(start + 0.01, 0, out.append, ("early, higher priority",))
s.run()
print(out, time.monotonic() - start >= 0.025)
