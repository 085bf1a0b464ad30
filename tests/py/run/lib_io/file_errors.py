import io
import os

os.chdir("/tmp")
name = "pypyts_io_errors.txt"

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

attempt("missing", lambda: open("pypyts_io_does_not_exist.txt"))
attempt("missing dir", lambda: open("pypyts_no_dir/x.txt", "w"))
attempt("is dir", lambda: open("."))
for mode in ["rw", "rr", "q", "rbt", "", "wx", "b", "t", "+", "r+t+", "U"]:
    attempt("mode " + repr(mode), lambda: open(name, mode))
attempt("mode int", lambda: open(name, 1))
attempt("binary encoding", lambda: open(name, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(name, "wb", errors="strict"))
attempt("binary newline", lambda: open(name, "wb", newline="\n"))
attempt("unbuffered text", lambda: open(name, "w", buffering=0))
attempt("bad newline", lambda: open(name, "w", newline="x"))
attempt("bad file", lambda: open(3.5))
attempt("bad file2", lambda: open([]))
attempt("bad encoding", lambda: open(name, "w", encoding="nope"))
print(os.path.exists(name))
with open(name, "w") as f:
    f.write("x")
attempt("exclusive", lambda: open(name, "x"))
with open(name) as f:
    attempt("write to r", lambda: f.write("y"))
    attempt("truncate r", lambda: f.truncate())
with open(name, "w") as f:
    attempt("read from w", lambda: f.read())
    attempt("readline from w", lambda: f.readline())
    attempt("iterate w", lambda: next(f))
with open(name, "rb") as f:
    attempt("write to rb", lambda: f.write(b"y"))
    attempt("write str", lambda: f.raw.write(b"y"))
with open(name, "wb") as f:
    attempt("read from wb", lambda: f.read())
    attempt("write str to wb", lambda: f.write("text"))
    attempt("raw read", lambda: f.raw.read())
f = open(name, "rb")
f.close()
for meth in ["read", "readline", "peek", "tell", "fileno", "isatty", "seek", "flush"]:
    attempt("closed " + meth, lambda: getattr(f, meth)(*([0] if meth == "seek" else [])))
print(repr(f.raw))
g = open(name, "w")
g.close()
attempt("closed text write", lambda: g.write("x"))
attempt("closed text read", lambda: g.read())
attempt("closed with", lambda: g.__enter__())
attempt("UnsupportedOperation", lambda: issubclass(io.UnsupportedOperation, (OSError, ValueError)))
try:
    with open(name) as h:
        h.write("x")
except io.UnsupportedOperation as e:
    print("caught as", type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError))
os.remove(name)
