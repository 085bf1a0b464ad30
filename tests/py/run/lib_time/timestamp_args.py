# timestamp arguments of gmtime/localtime/ctime: floats floor, None means now, bad types and values
import time

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: tuple(time.gmtime(1.999)))
show(lambda: tuple(time.gmtime(-1.001)))
show(lambda: tuple(time.gmtime(True)))
show(lambda: time.gmtime(None).tm_year > 2000)
show(lambda: time.localtime(None).tm_year > 2000)
show(lambda: time.gmtime() == time.gmtime(None) or True)
show(lambda: time.gmtime("0"))
show(lambda: time.gmtime([]))
show(lambda: time.gmtime(float("nan")))
show(lambda: time.gmtime(float("inf")))
show(lambda: time.gmtime(-float("inf")))
show(lambda: time.gmtime(1e20))
show(lambda: time.localtime(float("nan")))
show(lambda: time.ctime(float("nan")))
show(lambda: time.gmtime(1, 2))

class Idx:
    def __index__(self):
        return 86400

show(lambda: tuple(time.gmtime(Idx())))
# localtime and mktime agree with each other whatever the zone
for t in [0, 1e9, 1234567890, 1700000000, 1720000000]:
    print(time.mktime(time.localtime(t)) == t)
lt = time.localtime(1e9)
print(time.mktime(lt) - time.mktime(time.localtime(1e9 - 3600)))
