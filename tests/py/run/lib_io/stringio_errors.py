import io

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO("hello")
attempt("write int", lambda: s.write(1))
attempt("write bytes", lambda: s.write(b"x"))
attempt("seek neg", lambda: s.seek(-1))
attempt("seek whence", lambda: s.seek(0, 3))
attempt("seek cur nonzero", lambda: s.seek(1, 1))
attempt("seek end nonzero", lambda: s.seek(-1, 2))
attempt("seek float", lambda: s.seek(1.5))
attempt("truncate neg", lambda: s.truncate(-1))
attempt("truncate str", lambda: s.truncate("1"))
attempt("read str", lambda: s.read("1"))
attempt("readline float", lambda: s.readline(1.0))
attempt("init int", lambda: io.StringIO(1))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("newline int", lambda: io.StringIO("", 1))
attempt("newline bad", lambda: io.StringIO("", "x"))
attempt("newline bad2", lambda: io.StringIO(newline="\n\n"))
attempt("kw", lambda: io.StringIO(foo=1))
s.close()
s.close()
print(s.closed)
for name in ["read", "readline", "getvalue", "tell", "readable", "writable", "seekable", "readlines", "__next__", "flush", "isatty"]:
    attempt(name, getattr(s, name))
attempt("write closed", lambda: s.write("x"))
attempt("seek closed", lambda: s.seek(0))
attempt("iter closed", lambda: iter(s))
attempt("with closed", lambda: s.__enter__())
attempt("fileno", lambda: io.StringIO().fileno())
attempt("detach", lambda: io.StringIO().detach())
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation is OSError:", isinstance(e, OSError), isinstance(e, ValueError))
