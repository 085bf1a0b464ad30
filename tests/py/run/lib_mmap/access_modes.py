# The access modes of a file mmap: ACCESS_WRITE writes through to the file, ACCESS_COPY keeps changes in
# the map only, ACCESS_READ refuses them; prot=PROT_READ maps to a read-only map
import mmap
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b"abcdefghij")
os.close(fd)
try:
    with open(path, "r+b") as f:
        w = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_WRITE)
        w[0:3] = b"ABC"
        w.flush()
        w.close()
    with open(path, "rb") as f:
        print("after ACCESS_WRITE", f.read())

    with open(path, "r+b") as f:
        c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        c[0:3] = b"xyz"
        print("copy map", c[:], c.flush())
        c.close()
    with open(path, "rb") as f:
        print("after ACCESS_COPY", f.read())

    with open(path, "rb") as f:
        r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        print("read map", r[:], r.find(b"def"))
        try:
            r[0] = 1
        except TypeError as e:
            print(e)
        print(repr(r).split(",")[1].strip())
        r.close()
        p = mmap.mmap(f.fileno(), 5, prot=mmap.PROT_READ)
        print("prot read", p[:], len(p))
        try:
            p.write(b"no")
        except TypeError as e:
            print(e)
        p.close()

    with open(path, "rb") as f:
        for size, off in ((100, 0), (0, 4096 * 4)):
            try:
                mmap.mmap(f.fileno(), size, access=mmap.ACCESS_READ, offset=off)
            except ValueError as e:
                print(e)
        try:
            mmap.mmap(f.fileno(), 0, offset=-1)
        except OverflowError as e:
            print(e)
    with open(path, "w+b") as f:
        try:
            mmap.mmap(f.fileno(), 0)
        except ValueError as e:
            print(e)
finally:
    os.unlink(path)
