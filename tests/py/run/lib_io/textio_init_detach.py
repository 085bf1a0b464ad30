# TextIOWrapper: a failed re-__init__ leaves the wrapper uninitialised (read and repr raise), the C
# wrapper's encoding/errors must be UTF-8 C strings (lone surrogate, NUL), and after detach() the
# attributes that do not need the buffer still answer. BufferedRWPair.close chains a failing
# writer close into the reader's error.
import io

r = io.BytesIO(b"\xc3\xa9\n\n")
b = io.BufferedReader(r, 1000)
t = io.TextIOWrapper(b, encoding="utf-8")
for kwargs in ({"newline": "xyzzy"}, {"newline": "\n\0"}, {"encoding": "\udcfe"},
               {"encoding": "utf-8\0"}, {"errors": "replace\0"}, {"errors": "\udcfe"}):
    args = {"encoding": "utf-8", **kwargs}
    try:
        t.__init__(b, **args)
    except (ValueError, UnicodeEncodeError) as e:
        print(sorted(kwargs), type(e).__name__)
    for probe in (lambda: t.read(), lambda: repr(t), lambda: t.errors):
        try:
            probe()
        except ValueError as e:
            print("  ValueError:", e)
    print("  encoding:", t.encoding)
t.__init__(b, encoding="latin-1", newline="\r\n")
print(t.encoding, t.errors, t.line_buffering, repr(t.read()))

u = io.TextIOWrapper.__new__(io.TextIOWrapper)
for probe in (lambda: repr(u), lambda: u.read(0), lambda: u.errors):
    try:
        probe()
    except ValueError as e:
        print("uninitialised ValueError:", e)
print("uninitialised encoding:", u.encoding, u.line_buffering)

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", errors="replace", write_through=True)
t.write("howdy")
print(t.detach() is raw, raw.getvalue())
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer)
print(repr(t))
for probe in (t.detach, t.read, lambda: t.closed):
    try:
        probe()
    except ValueError as e:
        print("detached ValueError:", e)


class Raw(io.BytesIO):
    pass


def reader_close():
    reader_non_existing  # noqa: F821


def writer_close():
    writer_non_existing  # noqa: F821


reader, writer = Raw(), Raw()
reader.close = reader_close
writer.close = writer_close
pair = io.BufferedRWPair(reader, writer)
try:
    pair.close()
except NameError as e:
    print("NameError:", e, "| context:", e.__context__)
