# strftime/asctime argument checks: zero fields mean the lowest value, out-of-range fields raise
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: time.strftime("%Y %m %d %j", (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
show(lambda: time.strftime("%a %w", (2000, 1, 1, 0, 0, 0, -1, 1, 0)))
show(lambda: time.strftime("%a %w", (2000, 1, 1, 0, 0, 0, 13, 1, 0)))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
            (2000, 1, -1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, -1, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, 1, 0, 0, 0, 0, -1, 0)]:
    show(lambda: time.strftime("%Y", bad))
    show(lambda: time.asctime(bad))
show(lambda: time.strftime("%S", (2000, 1, 1, 0, 0, 61, 0, 1, 0)))
show(lambda: time.strftime("%Y", (1, 2, 3)))
show(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0)))
show(lambda: time.strftime("%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0]))
show(lambda: time.strftime("%Y", (1.5, 1, 1, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", ("2000", 1, 1, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime(b"%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime(5))
show(lambda: time.strftime())
show(lambda: time.asctime("x"))
show(lambda: time.mktime((2000, 1, 1)))
show(lambda: time.mktime([2000, 1, 1, 0, 0, 0, 0, 1, 0]))
show(lambda: time.strftime("%y-%m-%d", (True, 1, 1, 0, 0, 0, 0, 1, 0)))

class Idx:
    def __index__(self):
        return 2024

show(lambda: time.strftime("%Y", (Idx(), 1, 1, 0, 0, 0, 0, 1, 0)))
