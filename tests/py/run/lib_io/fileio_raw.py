import io
import os

os.chdir("/tmp")
name = "pypyts_io_raw.bin"

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except OSError as e:
        # errno numbers differ between platforms: print the message and file name
        if e.errno is not None:
            print(label, type(e).__name__, e.strerror, repr(e.filename))
        else:
            print(label, type(e).__name__, e)
    except Exception as e:
        print(label, type(e).__name__, e)

f = io.FileIO(name, "w")
print(repr(f), f.mode, f.closefd, f.name, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.write(b"hello world"), f.tell(), f.seek(0), f.write(b"J"), f.seek(0, 2))
print(f.truncate(5), f.tell())
attempt("read on w", lambda: f.read())
f.close()
print(repr(f), f.closed)
attempt("closed read", lambda: f.read())
attempt("closed fileno", lambda: f.fileno())
attempt("closed seekable", lambda: f.seekable())
f = io.FileIO(name)
print(f.mode, f.read(2), f.readall(), f.read(), f.read(10))
f.seek(0)
b = bytearray(3)
print(f.readinto(b), b)
attempt("write on r", lambda: f.write(b"x"))
attempt("truncate on r", lambda: f.truncate())
f.close()
for mode in ["r+", "rb+", "a", "ab+", "w+"]:
    g = io.FileIO(name, mode)
    print(mode, g.mode, g.readable(), g.writable(), g.tell())
    g.close()
attempt("x exists", lambda: io.FileIO(name, "x"))
attempt("bad mode", lambda: io.FileIO(name, "rw"))
attempt("bad mode2", lambda: io.FileIO(name, "rt"))
attempt("bad mode3", lambda: io.FileIO(name, "r++"))
attempt("neg fd", lambda: io.FileIO(-1))
attempt("float", lambda: io.FileIO(1.5))
attempt("closefd name", lambda: io.FileIO(name, closefd=False))
attempt("nul", lambda: io.FileIO("a\0b"))
attempt("missing", lambda: io.FileIO("pypyts_io_missing.bin"))
fd = os.open(name, os.O_RDONLY)
h = io.FileIO(fd, closefd=False)
print(repr(h) == "<_io.FileIO fd=%d mode='rb' closefd=False>" % fd, h.name == fd, h.read())
h.close()
print(os.read(fd, 5), h.closed)
os.close(fd)
opened = []
def opener(path, flags):
    opened.append(path)
    return os.open(path, flags)
with io.FileIO(name, "r", opener=opener) as k:
    print(opened, k.read())
attempt("opener bad", lambda: io.FileIO(name, opener=lambda p, f: "x"))
attempt("opener neg", lambda: io.FileIO(name, opener=lambda p, f: -1))
attempt("pickle", lambda: io.FileIO(name).__getstate__())
os.remove(name)
