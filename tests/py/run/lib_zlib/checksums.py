# crc32/adler32 over sizes that cross adler's modulo batching, running values, negative/large starts.
import zlib

data = bytes((i * 131 + 17) % 256 for i in range(20000))
for n in (0, 1, 2, 15, 16, 255, 3799, 3800, 3801, 5552, 5553, 20000):
    print(n, zlib.crc32(data[:n]), zlib.adler32(data[:n]))
crc = adl = None
for k in range(0, len(data), 999):
    piece = data[k:k + 999]
    crc = zlib.crc32(piece) if crc is None else zlib.crc32(piece, crc)
    adl = zlib.adler32(piece) if adl is None else zlib.adler32(piece, adl)
print(crc == zlib.crc32(data), adl == zlib.adler32(data))
print(zlib.crc32(b"abc", 0xFFFFFFFF), zlib.crc32(b"abc", -1), zlib.adler32(b"abc", 0), zlib.adler32(b"\xff" * 100000))
print(zlib.crc32(bytearray(b"xyz")), zlib.crc32(memoryview(b"xyz")), zlib.adler32(b"a", 2**32 + 1))
print([n for n in dir(zlib) if not n.startswith("__") and not n.startswith("Z")])
