import io

# _IOBase.close calls flush once; close is idempotent; closed is the object's flag
class Tracked(io.RawIOBase):
    def __init__(self):
        self.log = []
    def flush(self):
        self.log.append("flush")
        super().flush()
    def close(self):
        self.log.append("close")
        super().close()

t = Tracked()
t.close()
t.close()
print(t.log, t.closed)
try:
    t.flush()
except ValueError as e:
    print(type(e).__name__, e)

class FlushFails(io.IOBase):
    def flush(self):
        raise RuntimeError("flush failed")

f = FlushFails()
try:
    f.close()
except RuntimeError as e:
    print(type(e).__name__, e, f.closed)

# closed as a property in a subclass drives the default checks
class AlwaysClosed(io.IOBase):
    @property
    def closed(self):
        return True

a = AlwaysClosed()
for name in ["__enter__", "readlines", "writelines", "isatty", "__iter__"]:
    try:
        m = getattr(a, name)
        m([]) if name == "writelines" else m()
        print(name, "ok")
    except ValueError as e:
        print(name, type(e).__name__, e)
print(a.flush())

# __dict__ of io objects
s = io.StringIO()
s.note = "kept"
print(s.__dict__, hasattr(io.BytesIO(), "__dict__"))
b = io.BytesIO()
b.__dict__["x"] = 1
print(b.x)
