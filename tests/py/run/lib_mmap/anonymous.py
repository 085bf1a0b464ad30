# Anonymous mmap memory: zero-filled, item and slice assignment, iteration, move, the errors of each
# method, and the context manager
import mmap

m = mmap.mmap(-1, 64)
print(len(m), m[:4], m.tell(), m.closed)
print(m.write(b"hello"), m.tell(), m[:6])
m[5] = 33
m[6:9] = b"abc"
m[10:16:2] = b"XYZ"
print(m[:16])
print(list(m[:3]), [x for x in m][:3], next(iter(m)))
print(b"h" in m, b"q" in m)
m.move(20, 0, 5)
print(m[20:25])
m.seek(0)
print(m.readline() == bytes(m), m.tell())

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(m.__getitem__, 64)
attempt(m.__getitem__, -65)
attempt(m.__getitem__, "x")
attempt(m.__setitem__, 0, 256)
attempt(m.__setitem__, 0, -1)
attempt(m.__setitem__, 0, b"a")
attempt(m.__setitem__, 100, 1)
attempt(m.__setitem__, slice(0, 2), b"a")
attempt(m.__setitem__, slice(0, 2), "ab")
attempt(m.__delitem__, 0)
attempt(m.__delitem__, slice(0, 1))
attempt(m.seek, 65)
attempt(m.seek, -1)
attempt(m.seek, 0, 3)
attempt(m.write_byte, 256)
attempt(m.write, "text")
attempt(m.find, "text")
attempt(m.move, 60, 0, 10)
attempt(m.flush, 0, 100)
attempt(m.read_byte)
m.seek(64)
attempt(m.read_byte)
attempt(m.write_byte, 1)
attempt(m.write, b"x")
print(m.read(), m.readline())
import errno
try:
    m.size()
except OSError as e:
    print("size() of an anonymous map:", type(e).__name__, e.errno == errno.EBADF)
attempt(mmap.mmap, -1, -1)
attempt(lambda: mmap.mmap(-1, 10, access=7))
attempt(lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ))
attempt(lambda: mmap.mmap(-1, 10, prot=mmap.PROT_READ, access=mmap.ACCESS_WRITE))

r = mmap.mmap(-1, 16, access=mmap.ACCESS_READ)
attempt(r.write, b"x")
attempt(r.__setitem__, 0, 1)
attempt(r.write_byte, 1)
attempt(r.move, 0, 1, 1)
print(memoryview(r).readonly, r.flush())
try:
    memoryview(r)[0] = 1
except TypeError as e:
    print(e)

with mmap.mmap(-1, 8) as c:
    c[:] = b"12345678"
    print(c[:], bytes(memoryview(c)[2:4]))
print(c.closed)
for f in (len, lambda x: x[0], lambda x: x.read(), lambda x: x.tell(), lambda x: x.write(b"")):
    attempt(f, c)
print(c.close(), repr(c))
print(mmap.error is OSError, mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.PROT_READ, mmap.PROT_WRITE, mmap.MAP_SHARED, mmap.MAP_PRIVATE)

class Mapped(mmap.mmap):
    def head(self):
        return self[:2]

sub = Mapped(-1, 10)
sub[:2] = b"hi"
sub.note = "attribute"
print(sub.head(), sub.note, isinstance(sub, mmap.mmap), len(sub), repr(sub).split(" ")[0])
sub.close()
