# clocks: types, monotonicity, agreement between the float and ns variants, sleep
import time

for name in ["time", "monotonic", "perf_counter", "process_time"]:
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    a = f()
    b_ns = f_ns()
    c = f()
    print(name, type(a).__name__, type(b_ns).__name__, a <= c, abs(b_ns / 1e9 - a) < 5)

m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0.05)
m2 = time.monotonic()
p2 = time.perf_counter()
print(m2 - m1 >= 0.045, p2 - p1 >= 0.045, m2 - m1 < 5)
time.sleep(0)
time.sleep(False)
print(time.time() > 1.7e9, time.time_ns() > 1.7e18)

info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(info.resolution).__name__, type(info.implementation).__name__)
info = time.get_clock_info("perf_counter")
print(info.monotonic, info.adjustable)
info = time.get_clock_info("time")
print(info.monotonic, info.adjustable)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: time.get_clock_info("nope"))
show(lambda: time.sleep(-1))
show(lambda: time.sleep(-0.001))
show(lambda: time.sleep("1"))
show(lambda: time.sleep(None))
show(lambda: time.sleep(float("nan")))
show(lambda: time.sleep())
show(lambda: time.time(1))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time._STRUCT_TM_ITEMS)
t0 = time.clock_gettime(time.CLOCK_MONOTONIC)
print(type(t0).__name__, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
