# After a Z_FINISH flush a Compress object is ended: flush again and compress raise zlib.error, copy
# raises ValueError; a Decompress object whose flush reached the end cannot be copied either.
import copy
import zlib

data = b"hello hello hello world " * 20

co = zlib.compressobj()
x1 = co.compress(data)
c2 = co.copy()  # before the end: fine
x2 = co.flush()
print(zlib.decompress(x1 + x2) == data)
print(zlib.decompress(x1 + c2.flush()) == data)
print(co.flush(zlib.Z_NO_FLUSH))
for label, f in [("flush", co.flush), ("flush sync", lambda: co.flush(zlib.Z_SYNC_FLUSH)),
                 ("compress", lambda: co.compress(b"x"))]:
    try:
        f()
        print(label, "no error")
    except zlib.error as e:
        print(label, "zlib.error:", e)
for label, f in [("copy", co.copy), ("copy.copy", lambda: copy.copy(co)),
                 ("copy.deepcopy", lambda: copy.deepcopy(co))]:
    try:
        f()
        print(label, "no error")
    except ValueError as e:
        print(label, "ValueError:", e)

# a sync flush does not end the stream
co = zlib.compressobj()
part = co.compress(data) + co.flush(zlib.Z_SYNC_FLUSH)
co2 = co.copy()
print(zlib.decompress(part + co.flush()) == data, zlib.decompress(part + co2.flush()) == data)

d = zlib.decompressobj()
out = d.decompress(zlib.compress(data))
d2 = d.copy()  # at eof but not flushed: copy works
print(out == data, d.eof, d2.eof)
print(d.flush())
for label, f in [("copy", d.copy), ("copy.copy", lambda: copy.copy(d))]:
    try:
        f()
        print(label, "no error")
    except ValueError as e:
        print(label, "ValueError:", e)
