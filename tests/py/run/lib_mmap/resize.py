# oracle: python3
# mmap.resize grows and shrinks a file map (and the file) and an anonymous map; read-only and
# copy-on-write maps refuse; size() reports the file's size
import mmap
import os
import tempfile

with tempfile.TemporaryFile() as f:
    f.write(b"0123456789")
    f.flush()
    m = mmap.mmap(f.fileno(), 0)
    m.resize(20)
    print(len(m), m.size(), os.fstat(f.fileno()).st_size, m[:12])
    m[10:20] = b"abcdefghij"
    m.resize(15)
    print(len(m), m.size(), m[:])
    f.seek(0)
    print(f.read())
    m.seek(15)
    m.resize(5)
    print(len(m), m.tell(), m[:])
    m.close()

a = mmap.mmap(-1, 10)
a[:] = b"x" * 10
a.resize(4096 * 3)
print(len(a), a[:12])
a.resize(3)
print(len(a), a[:])
a.close()

with tempfile.TemporaryFile() as f:
    f.write(b"data")
    f.flush()
    for access in (mmap.ACCESS_READ, mmap.ACCESS_COPY):
        m = mmap.mmap(f.fileno(), 0, access=access)
        try:
            m.resize(10)
        except TypeError as e:
            print(e)
        m.close()
