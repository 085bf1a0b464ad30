# time.struct_time as a type: constructor checks, pickling support, __replace__, pattern matching
import time

st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st)
print(st.tm_zone, st.tm_gmtoff)
st2 = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0, "XYZ", 3600))
print(st2, st2.tm_zone, st2.tm_gmtoff, len(st2))
st3 = time.struct_time([1, 2, 3, 4, 5, 6, 0, 7, 1], {"tm_zone": "ABC", "tm_gmtoff": -60})
print(st3.tm_zone, st3.tm_gmtoff)
print(time.struct_time(range(9)))
print(time.struct_time(sequence=tuple(range(9)), dict={"tm_zone": "Q"}).tm_zone)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
print(st2.__reduce__())
print(st.__replace__(tm_year=1999, tm_zone="Z"), st.__replace__(tm_zone="Z").tm_zone)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: time.struct_time((1, 2, 3)))
show(lambda: time.struct_time(tuple(range(12))))
show(lambda: time.struct_time(5))
show(lambda: time.struct_time(tuple(range(9)), 5))
show(lambda: time.struct_time())
show(lambda: time.struct_time(tuple(range(9)), {}, 3))
show(lambda: st.__replace__(tm_foo=1))
show(lambda: st.__replace__(1))
try:
    class Sub(time.struct_time):
        pass
except TypeError as e:
    print("TypeError", e)

match time.gmtime(0):
    case time.struct_time(tm_year=1970, tm_mon=mon, tm_wday=wd):
        print("matched", mon, wd)
match time.gmtime(86400 * 365):
    case (year, 1, 1, *_):
        print("sequence pattern", year)
