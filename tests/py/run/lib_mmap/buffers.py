# An mmap is a buffer: readers (bytes, hashlib, zlib, struct.unpack_from, re, memoryview) see its memory,
# and writers (struct.pack_into, readinto, memoryview assignment, os.readv) change it in place
import array
import binascii
import hashlib
import io
import mmap
import os
import re
import struct
import tempfile
import zlib

m = mmap.mmap(-1, 64)
m[:11] = b"hello world"
print(bytes(m[:11]), bytearray(m)[:5], len(bytes(m)))
print(hashlib.sha256(m).hexdigest() == hashlib.sha256(bytes(m)).hexdigest(), zlib.crc32(m) == zlib.crc32(bytes(m)))
print(binascii.hexlify(m[:4]), b"-".join([m[:2], memoryview(m)[2:4]]))
print(re.search(rb"w\w+", m).group(), re.sub(rb"o", b"0", m[:11]))
struct.pack_into("<IH", m, 16, 0xDEADBEEF, 513)
print(m[16:22], struct.unpack_from("<IH", m, 16))
print(io.BytesIO(b"XYZ").readinto(m), m[:5])
mv = memoryview(m)
mv[30:33] = b"abc"
print(m[30:33], mv.readonly, mv.nbytes, mv[30], mv.cast("B")[31])
print(array.array("B", m[:3]).tolist())
r, w = os.pipe()
os.write(w, b"piped")
print(os.readv(r, [memoryview(m)[40:45]]), m[40:45])
print(os.write(w, m[:3]), os.read(r, 3))
os.close(r)
os.close(w)
with tempfile.TemporaryFile() as f:
    print(f.write(m), f.tell())
    f.seek(30)
    print(f.readinto(memoryview(m)[50:53]), m[50:53])
ro = mmap.mmap(-1, 8, access=mmap.ACCESS_READ)
for what, action in [("pack_into", lambda: struct.pack_into("<I", ro, 0, 1)),
                     ("readinto", lambda: io.BytesIO(b"x").readinto(ro))]:
    try:
        action()
    except TypeError as e:
        print(what, "TypeError")
print(bytes(ro), hashlib.md5(ro).hexdigest() == hashlib.md5(bytes(8)).hexdigest())
pep688 = m.__buffer__(0)
print(type(pep688).__name__, pep688[:2].tobytes(), pep688.readonly, len(pep688))
