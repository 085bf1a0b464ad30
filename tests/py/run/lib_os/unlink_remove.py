import os
from _fs import fresh, rmtree, write, show

base = fresh("unlink_remove")
f = os.path.join(base, "f")
write(f)
os.unlink(f)
print(os.path.exists(f))
write(f)
os.remove(f)
print(os.path.exists(f))
for fn in (os.unlink, os.remove):
    try:
        fn(f)
    except OSError as e:
        show(e, base)
try:
    os.remove(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.unlink()
except TypeError as e:
    print(type(e).__name__, e)
rmtree(base)
