import io

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO("abc\ndef")
attempt("readline 0", lambda: s.readline(0))
attempt("read 0", lambda: s.read(0))
attempt("readline -5", lambda: s.readline(-5))
attempt("seek end", lambda: s.seek(0, 2))
attempt("tell", lambda: s.tell())
attempt("read at end", lambda: s.read())
attempt("truncate 0", lambda: (s.truncate(0), s.getvalue(), s.tell()))
attempt("write after truncate", lambda: (s.write("Z"), repr(s.getvalue())))
attempt("cr final", lambda: (lambda t: (t.write("a\r"), t.getvalue()))(io.StringIO(newline=None)))
attempt("cr none read", lambda: io.StringIO("a\rb\r\nc", newline=None).read())
attempt("newline cr lines", lambda: io.StringIO("a\nb\rc", newline="\r").readlines())
attempt("newline crlf write", lambda: (lambda t: (t.write("x\ny"), t.getvalue()))(io.StringIO(newline="\r\n")))

class MyStr(str):
    pass

attempt("str subclass", lambda: (lambda t: (t.write(MyStr("sub")), t.getvalue()))(io.StringIO()))
attempt("newlines None", lambda: io.StringIO().newlines)
attempt("newlines after", lambda: (lambda t: (t.write("a\r\nb\n"), t.newlines))(io.StringIO(newline=None)))
attempt("line_buffering", lambda: io.StringIO().line_buffering)
attempt("closed tell", lambda: (lambda t: (t.close(), t.tell()))(io.StringIO()))
attempt("closed closed", lambda: (lambda t: (t.close(), t.closed))(io.StringIO()))
attempt("uninitialized", lambda: io.StringIO.__new__(io.StringIO).read())
attempt("uninitialized closed", lambda: io.StringIO.__new__(io.StringIO).closed)
attempt("reinit", lambda: (lambda t: (t.__init__("new"), t.read()))(io.StringIO("old")))

b = io.BytesIO(b"0123456789")
attempt("read -5", lambda: b.read(-5))
attempt("seek past", lambda: (b.seek(20), b.read(), b.tell()))
attempt("readinto view", lambda: (lambda buf: (b.seek(2), b.readinto(memoryview(buf)[2:]), bytes(buf)))(bytearray(6)))
attempt("write bytes subclass", lambda: (lambda t: (t.write(type("B", (bytes,), {})(b"xy")), t.getvalue()))(io.BytesIO()))
attempt("getbuffer closed", lambda: (lambda t: (t.close(), t.getbuffer()))(io.BytesIO()))
attempt("readline limit", lambda: io.BytesIO(b"abc\ndef").readline(2))
attempt("readlines hint", lambda: io.BytesIO(b"a\nbb\nccc\n").readlines(2))
attempt("truncate grows", lambda: (lambda t: (t.truncate(10), t.getvalue()))(io.BytesIO(b"abc")))
attempt("seek whence kw", lambda: type(io.BytesIO(b"abc").seek(-1, 2)))
attempt("bytesio iter closed", lambda: (lambda t: (t.close(), iter(t) is t))(io.BytesIO())[1])
attempt("uninit bytesio", lambda: io.BytesIO.__new__(io.BytesIO).read())
attempt("bytesio repr name", lambda: type(io.BytesIO()).__qualname__)
attempt("int seek", lambda: io.BytesIO(b"abc").seek(True))
