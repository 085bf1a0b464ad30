import os

r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(r.st_mode, r.st_size, r.st_atime, r.st_mtime, r.st_ctime, r[7], r[9])
print(r.st_atime_ns, r.st_blksize, r.st_rdev)
print(os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields, os.stat_result.n_fields > 16)
print(os.stat_result.__match_args__)
r2 = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), {"st_atime": 8.5, "st_blksize": 4096})
print(r2.st_atime, r2.st_blksize, r2[7])
r3 = os.stat_result(range(10))
print(r3, len(r3), r3[-1], r3[2:5])
print(r == os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), r == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
for bad in [(1, 2, 3), tuple(range(30))]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.stat_result((1,) * 10, [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.stat_result((1,) * 10, {"nonsense": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.st_mode = 5
except AttributeError as e:
    print(type(e).__name__)
cls, args = r2.__reduce__()[:2]
print(cls is os.stat_result, args[0], sorted(k for k, v in args[1].items() if v is not None))
print(isinstance(r, tuple), type(r).__name__, type(r).__module__, type(r).__qualname__)
try:
    class Sub(os.stat_result):
        pass
except TypeError as e:
    print(type(e).__name__, e)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, tuple(ts))
match r:
    case os.stat_result(st_mode=m, st_size=sz):
        print("matched", m, sz)
