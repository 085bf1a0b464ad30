import io
import os

text = "ab\r\ncd\re\u00e9\u65e5\n\U0001F600x\r\n\r\ny\n" * 6 + "tail"
data = text.encode("utf-8")

def check(newline, chunk, source):
    t = io.TextIOWrapper(source(), encoding="utf-8", newline=newline)
    t._CHUNK_SIZE = chunk
    marks = []
    while True:
        pos = t.tell()
        c = t.read(1)
        if not c:
            break
        marks.append(pos)
    end = t.tell()
    ok = True
    u = io.TextIOWrapper(source(), encoding="utf-8", newline=newline)
    u._CHUNK_SIZE = chunk
    full = u.read()
    for i, pos in enumerate(marks):
        u.seek(pos)
        if u.read() != full[i:]:
            ok = False
            break
    lines_ok = True
    v = io.TextIOWrapper(source(), encoding="utf-8", newline=newline)
    v._CHUNK_SIZE = chunk
    positions = []
    while True:
        p = v.tell()
        line = v.readline()
        if not line:
            break
        positions.append((p, line))
    for p, line in positions:
        v.seek(p)
        if v.readline() != line:
            lines_ok = False
    return len(marks), marks[0], end, ok, lines_ok

for newline in [None, "", "\n", "\r\n"]:
    for chunk in [1, 5, 8192]:
        print(repr(newline), chunk, check(newline, chunk, lambda: io.BytesIO(data)))

os.chdir("/tmp")
name = "pypyts_io_roundtrip.txt"
with open(name, "wb") as f:
    f.write(data)
for newline in [None, ""]:
    print("file", repr(newline), check(newline, 16, lambda: open(name, "rb")))
os.remove(name)

# codecs written in Python (cookies here are offsets; the decoder state is restored on seek)
sample = "ab\r\ncd\re\u00e9\n\r\nxy\n" * 4
for enc in ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-32"]:
    raw = sample.encode(enc)
    for newline in [None, ""]:
        t = io.TextIOWrapper(io.BytesIO(raw), encoding=enc, newline=newline)
        t._CHUNK_SIZE = 5
        marks = []
        while True:
            p = t.tell()
            if not t.read(1):
                break
            marks.append(p)
        u = io.TextIOWrapper(io.BytesIO(raw), encoding=enc, newline=newline)
        full = u.read()
        bad = 0
        for i, p in enumerate(marks):
            u.seek(p)
            if u.read() != full[i:]:
                bad += 1
        t.seek(marks[3])
        print(enc, repr(newline), len(marks), bad, repr(t.read(4)))
