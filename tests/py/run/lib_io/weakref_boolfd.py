# io objects accept weak references (CPython's _io types all have a weaklist); a bool passed where a file
# descriptor is expected works as 0/1 but warns (RuntimeWarning, since 3.12).
import io
import os
import warnings
import weakref

objs = [io.BytesIO(b"x"), io.StringIO("y"), io.BytesIO().getbuffer, io.FileIO(os.devnull, "rb")]
objs[2] = io.BufferedReader(io.FileIO(os.devnull, "rb"))
objs.append(io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii"))
for f in objs:
    r = weakref.ref(f)
    p = weakref.proxy(f)
    print(type(f).__name__, r() is f, p.closed, p.readable())
    f.close()


class MyRaw(io.RawIOBase):
    pass


print(weakref.ref(MyRaw())() is None or True)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f = io.FileIO(False, closefd=False)
    print(f.fileno(), f.mode)
    f.close()
    try:
        os.stat("pypyts_no_such_file", dir_fd=True)
    except OSError:
        print("OSError")
    try:
        os.pathconf(True, "PC_NAME_MAX")
    except OSError:
        pass
for m in w:
    print(m.category.__name__, m.message, m.filename == __file__)

with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        open(True, closefd=False)
    except RuntimeWarning as e:
        print("RuntimeWarning", e)
