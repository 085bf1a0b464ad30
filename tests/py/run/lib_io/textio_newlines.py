import io

data = b"a\nb\r\nc\rd\r"
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    lines = t.readlines()
    print(repr(nl), lines, t.newlines)
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    print("  read", repr(t.read()))
    w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline=nl)
    w.write("x\ny\r\nz\r")
    w.flush()
    print("  write", w.buffer.getvalue())

# a "\r\n" split across chunk boundaries
payload = (b"x" * 8191) + b"\r\n" + b"tail\r\nend"
t = io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8")
lines = t.readlines()
print(len(lines), len(lines[0]), repr(lines[0][-3:]), lines[1:])
t = io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8", newline="\r\n")
lines = t.readlines()
print(len(lines), repr(lines[0][-3:]), lines[1:])
t = io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8", newline="")
print([len(x) for x in t.readlines()])
