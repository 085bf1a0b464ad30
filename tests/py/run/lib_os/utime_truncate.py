import os
from _fs import fresh, rmtree, write, show

base = fresh("utime_truncate")
f = os.path.join(base, "f")
write(f, b"0123456789")
os.utime(f, (1000, 2000))
s = os.stat(f)
print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
os.utime(f, (1.5, 2.25))
s = os.stat(f)
print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
os.utime(f, ns=(3_001_000_000, 4_500_000_000))
s = os.stat(f)
print(s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
print(os.path.getmtime(f), os.path.getatime(f))
os.utime(f)
print(os.stat(f).st_mtime > 1e9)
for args, kw in [((f, (1, 2)), {"ns": (1, 2)}), ((f, 5), {}), ((f, (1,)), {}), ((f,), {"ns": 5}), ((f, ("a", "b")), {})]:
    try:
        os.utime(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.utime(os.path.join(base, "missing"), (1, 1))
except OSError as e:
    show(e, base)
os.truncate(f, 3)
print(os.path.getsize(f))
os.truncate(f, 20)
print(os.path.getsize(f))
try:
    os.truncate(os.path.join(base, "missing"), 0)
except OSError as e:
    show(e, base)
rmtree(base)
