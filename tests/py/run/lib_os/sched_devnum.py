# oracle: python3 (pyodide has no scheduler calls)
# os.sched_param / sched_getparam / sched_setparam / sched_setscheduler / sched_rr_get_interval, and
# device numbers: major/minor/makedev round trips and their range checks.
import os

p = os.sched_param(1)
print(p, p.sched_priority, p == os.sched_param(1))
print(os.sched_param(sched_priority=5), len(p), p[0], type(p).__name__)
cur = os.sched_getparam(0)
print(type(cur).__name__, cur.sched_priority, os.sched_getscheduler(0) == os.SCHED_OTHER)
os.sched_setscheduler(0, os.sched_getscheduler(0), cur)
os.sched_setparam(0, cur)
for bad in (None, 43, (0,), os.sched_param(None), os.sched_param(2**40), os.sched_param(-2**40),
            os.sched_param(2.0)):
    try:
        os.sched_setparam(0, bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for f in (os.sched_getparam, os.sched_getscheduler):
    try:
        f(-1)
    except OSError as e:
        print(f.__name__, type(e).__name__)
print(type(os.sched_rr_get_interval(0)).__name__)

d = os.stat(".").st_dev
print(os.makedev(os.major(d), os.minor(d)) == d)
print(os.makedev(8, 1), os.major(2049), os.minor(2049), os.makedev(0x12345, 0x6789A))
print(os.major(316661085455770), os.minor(316661085455770))
for x in (-2, 2**64):
    for f in (os.major, os.minor):
        try:
            f(x)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__)
try:
    os.major(1.0)
except TypeError:
    print("TypeError")
