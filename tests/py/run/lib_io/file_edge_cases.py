import io
import os

os.chdir("/tmp")
name = "pypyts_io_probe2.txt"

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except OSError as e:
        if e.errno is not None:
            print(label, type(e).__name__, e.strerror, repr(e.filename))
        else:
            print(label, type(e).__name__, e)
    except Exception as e:
        print(label, type(e).__name__, e)

with open(name, "w") as f:
    f.write("abc\n")
f = open(name)
f.close()
attempt("closed text repr", lambda: repr(f))
attempt("closed text name", lambda: f.name)
attempt("closed text encoding", lambda: f.encoding)
attempt("closed buffer repr", lambda: repr(f.buffer))
attempt("closed raw repr", lambda: repr(f.buffer.raw))
attempt("closed closed", lambda: (f.closed, f.buffer.closed, f.buffer.raw.closed))
g = open(name, "rb")
attempt("peek size", lambda: len(g.peek(1)) >= 1)
attempt("read1 neg", lambda: g.read1(-1))
attempt("readinto str", lambda: g.readinto("xx"))
attempt("raw readinto closed", lambda: (g.close(), g.raw.readinto(bytearray(1))))
h = open(name, "a")
attempt("append tell", lambda: h.tell())
attempt("append seek", lambda: h.seek(0))
h.write("X")
h.close()
attempt("after append", lambda: open(name).read())
attempt("buffering -2", lambda: open(name, buffering=-2).read())
attempt("buffering 1 text", lambda: open(name, "w", buffering=1).line_buffering)
attempt("buffering 10 text", lambda: open(name, "w", buffering=10).line_buffering)
attempt("newline none write", lambda: (lambda fw: (fw.write("a\nb"), fw.close(), open(name, "rb").read()))(open(name, "w", newline=None)))
attempt("opener kw", lambda: open(name, opener=lambda p, fl: os.open(p, fl)).read())
attempt("closefd path", lambda: open(name, closefd=False))
attempt("x mode text", lambda: open(name, "x"))
def dir_fd():
    fd = os.open(".", os.O_RDONLY)
    try:
        io.FileIO(fd)
    except OSError as e:
        print("fileio dir fd", type(e).__name__, e.strerror, e.filename == fd)
    os.close(fd)

dir_fd()
attempt("text detach twice", lambda: (lambda t: (t.detach(), t.detach()))(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))
attempt("buffered detach repr", lambda: (lambda b: (b.detach(), repr(b))[1])(io.BufferedReader(io.BytesIO())))
attempt("text detach repr", lambda: (lambda t: (t.detach(), repr(t))[1])(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))
raw = io.FileIO(name)
del raw.name
print(repr(raw) == "<_io.FileIO fd=%d mode='rb' closefd=True>" % raw.fileno())
raw.close()
os.remove(name)
