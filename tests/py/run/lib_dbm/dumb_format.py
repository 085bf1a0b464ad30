# oracle: python3
# dbm.dumb's files: the index lines (repr of the Latin-1 key, repr of (pos, siz)), values at 512-byte
# aligned offsets in .dat with NUL padding, in-place rewrites that fit their blocks, appends that do not.
import dbm.dumb
import os
import tempfile

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, "db")


def show(label):
    with open(base + ".dir", "rb") as f:
        index = f.read()
    with open(base + ".dat", "rb") as f:
        data = f.read()
    print(label)
    print("  dir:", index)
    print("  dat:", len(data), [data[i:i + 4] for i in range(0, len(data), 512)])


with dbm.dumb.open(base, "n") as db:
    db[b"alpha"] = b"one"
    db["\u00fc"] = "w\u00f6rld"  # str keys and values are stored as UTF-8
    db[b"quote'"] = b"q" * 700  # two blocks
    db[b'\x00\x80\xa0\xff"\\\n'] = b"odd key"
    show("after adds (each new key appends a line)")
    db[b"alpha"] = b"x" * 500  # still fits one block: rewritten in place
    db[b"quote'"] = b"r" * 1024  # fits its two blocks
    db[b'\x00\x80\xa0\xff"\\\n'] = b"y" * 513  # needs two: appended, the old block lost
    show("before close (the index is rewritten only on sync/close)")
show("after close")
print("bak exists:", os.path.exists(base + ".bak"))

with dbm.dumb.open(base, "r") as db:
    print(len(db), sorted(db.keys()))
    for k in sorted(db.keys()):
        v = db[k]
        print(" ", k, len(v), v[:3])
    print(db["\u00fc"], "\u00fc" in db, b"\xc3\xbc" in db, b"nope" in db, 42 in db)

# a file written by hand in the same format reads back (double-quoted keys, CRLF lines, blank padding)
with open(base + ".dat", "wb") as f:
    f.write(b"hello" + b"\0" * 507 + b"world")
with open(base + ".dir", "wb") as f:
    f.write(b"\"it's\", (0, 5)\r\n'\\xe9t\\xe9', (512, 5)   \r\n")
with dbm.dumb.open(base, "r") as db:
    print(db.items())
