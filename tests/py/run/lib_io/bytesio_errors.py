import io

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"data")
attempt("write str", lambda: b.write("x"))
attempt("write int", lambda: b.write(5))
attempt("seek neg", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 5))
attempt("seek str", lambda: b.seek("0"))
attempt("truncate neg", lambda: b.truncate(-2))
attempt("read str", lambda: b.read("x"))
attempt("init str", lambda: io.BytesIO("text"))
attempt("readinto bytes", lambda: b.readinto(b"xx"))
attempt("writelines str", lambda: b.writelines(["a"]))
attempt("fileno", lambda: b.fileno())
b.close()
print(b.closed)
for name in ["read", "read1", "readline", "getvalue", "getbuffer", "tell", "readable", "writable", "seekable", "flush", "isatty", "readlines", "__next__"]:
    attempt(name, getattr(b, name))
attempt("write closed", lambda: b.write(b"x"))
attempt("seek closed", lambda: b.seek(0))
attempt("truncate closed", lambda: b.truncate())
attempt("close again", lambda: b.close())
