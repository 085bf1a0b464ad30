import io
import codecs

codecs.register_error("star", lambda e: ("*", e.end))
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="star")
t.write("caf\u00e9!")
t.flush()
print(t.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b"ab\xffc"), encoding="utf-8", errors="star")
print(r.read())
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="namereplace")
t.write("\u00e9")
t.flush()
print(t.buffer.getvalue())
for errors in ["surrogateescape", "surrogatepass", "backslashreplace", "replace", "ignore"]:
    r = io.TextIOWrapper(io.BytesIO(b"x\xed\xa0\x80y\xff"), encoding="utf-8", errors=errors)
    try:
        text = r.read()
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e.reason, e.start, e.end)
        text = "x\ud800y"
    w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors)
    try:
        w.write(text)
        w.flush()
        out = w.buffer.getvalue()
    except UnicodeEncodeError as e:
        out = "UnicodeEncodeError " + e.reason
    print(errors, ascii(text), out)
t = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="xmlcharrefreplace")
t.write("\u20ac\U0001F600")
t.flush()
print(t.buffer.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="no-such-handler").write("\u00e9")
except LookupError as e:
    print(type(e).__name__, e)
# an unencodable character fails in write() itself, not at the next flush
for enc in ["ascii", "latin-1", "utf-8", "cp1252"]:
    f = io.TextIOWrapper(io.BytesIO(), encoding=enc)
    f.write("ok ")
    try:
        f.write("\u0394\udc80")
        print(enc, "written", f.tell())
    except UnicodeEncodeError as e:
        print(enc, "at write:", e.reason)
    f.write("more")
    f.flush()
    print(enc, f.buffer.getvalue())
