# gzip and zipfile (deflate) on top of zlib and struct: compress/decompress, GzipFile streaming reads
# with flushes and multiple members, zipfile write/read/open/testzip.
import gzip
import io
import zipfile
import zlib

payload = b"".join(b"line %d of the test payload\n" % i for i in range(2000))
print(gzip.decompress(gzip.compress(payload)) == payload, gzip.decompress(gzip.compress(b"x", 1) + gzip.compress(b"y", 9)))
print(gzip.compress(b"abc", mtime=0)[:4].hex(), zlib.decompress(gzip.compress(b"auto"), 47))
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode="wb", mtime=0) as f:
    f.write(payload[:30000])
    f.flush()
    f.write(payload[30000:])
b.seek(0)
with gzip.GzipFile(fileobj=b) as g:
    head, line = g.read(12), g.readline()
    print(head, line, len(g.read()) + len(head) + len(line) == len(payload))
b.seek(0)
with gzip.open(b) as g:
    print(sum(1 for _ in g), g.name if hasattr(g, "name") else None)
try:
    gzip.decompress(gzip.compress(payload)[:-20])
except EOFError as e:
    print("EOFError", e)
try:
    gzip.decompress(b"\x1f\x8b\x08\x00" + b"\x00" * 20)
except Exception as e:
    print(type(e).__name__)

z = io.BytesIO()
with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("a.txt", "hello zip " * 500)
    zf.writestr("dir/b.bin", bytes(range(256)) * 64, compress_type=zipfile.ZIP_STORED)
    zf.writestr("c.txt", payload, compresslevel=1)
with zipfile.ZipFile(z) as zf:
    print(zf.namelist(), zf.testzip())
    print(len(zf.read("a.txt")), zf.read("dir/b.bin")[:4], zf.read("c.txt") == payload)
    with zf.open("c.txt") as f:
        print(f.read(9), f.readline(), len(f.read()))
    info = zf.getinfo("a.txt")
    print(info.compress_type, info.file_size, info.CRC == zlib.crc32(b"hello zip " * 500))
