import io

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

def roundtrip(enc, text, errors=None):
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc, errors=errors)
    w.write(text)
    w.flush()
    data = b.getvalue()
    r = io.TextIOWrapper(io.BytesIO(data), encoding=enc, errors=errors)
    return data, r.read()

print(roundtrip("latin-1", "caf\u00e9"))
print(roundtrip("utf-8", "\u65e5\u672c\U0001F600"))
print(roundtrip("utf-8-sig", "bom"))
print(roundtrip("utf-16", "hi"))
print(roundtrip("utf-16-le", "hi"))
print(roundtrip("cp1252", "\u20ac"))
print(roundtrip("ascii", "caf\u00e9", "replace"))
print(roundtrip("ascii", "caf\u00e9", "backslashreplace"))
print(roundtrip("ascii", "caf\u00e9", "xmlcharrefreplace"))
attempt("ascii strict write", lambda: roundtrip("ascii", "caf\u00e9"))
attempt("ascii strict read", lambda: io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9"), encoding="ascii").read())
attempt("utf8 bad", lambda: io.TextIOWrapper(io.BytesIO(b"ab\xff"), encoding="utf-8").read())
print(io.TextIOWrapper(io.BytesIO(b"ab\xffcd"), encoding="utf-8", errors="replace").read())
print(ascii(io.TextIOWrapper(io.BytesIO(b"ab\xffcd"), encoding="utf-8", errors="surrogateescape").read()))
print(io.TextIOWrapper(io.BytesIO(b"ab\xffcd"), encoding="utf-8", errors="ignore").read())
attempt("unknown encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))
attempt("not text encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="hex"))
attempt("encoding int", lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
attempt("errors int", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=1))
# utf-8-sig: BOM is skipped on read, written once
print(io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfabc"), encoding="utf-8-sig").read())
print(repr(io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfabc"), encoding="utf-8").read()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8-sig")
w.write("a")
w.write("b")
w.flush()
print(w.buffer.getvalue())
# multibyte characters across the 8192-byte chunk boundary
text = "x" * 8191 + "\u00e9\u65e5" * 3 + "\n"
r = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
got = r.read()
print(got == text, len(got))
r = io.TextIOWrapper(io.BytesIO(text.encode("utf-16")), encoding="utf-16")
print(r.read() == text)
