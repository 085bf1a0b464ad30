import os
import io

os.chdir("/tmp")
name = "pypyts_io_bin_rw.bin"
with open(name, "wb") as f:
    print(type(f).__name__, repr(f), f.mode, f.name)
    print(f.write(b"0123456789"), f.write(bytearray(b"abc")), f.tell())
    print(type(f.raw).__name__, f.raw.mode, f.raw.closefd)
with open(name, "rb") as f:
    print(type(f).__name__, f.read(4), f.tell(), f.peek(2)[:2], f.read1(3), f.tell())
    print(f.seek(-3, 2), f.read(), f.seek(1), f.read(2), f.seek(2, 1), f.read(2))
    buf = bytearray(5)
    f.seek(0)
    print(f.readinto(buf), buf, f.readline(), f.read(), f.read())
with open(name, "r+b") as f:
    print(type(f).__name__, f.read(3))
    f.write(b"XYZ")
    print(f.tell())
    f.seek(0)
    print(f.read())
    f.seek(0, 2)
    f.write(b"\nline2\nline3")
    f.seek(0)
    print(f.readlines())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
with open(name, "ab") as f:
    print(f.tell(), f.write(b"++"), f.tell())
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.read())
with open(name, "rb", buffering=2) as f:
    print(f.read(5), f.read())
with open(name, "w+b") as f:
    f.write(b"a\nbb\nccc")
    f.seek(0)
    print([line for line in f])
with open(name, "rb") as f:
    print(list(f))
with open(name, "rb") as f:
    print(f.readline(1), f.readline(10), f.readline(0), f.readline())
os.remove(name)
