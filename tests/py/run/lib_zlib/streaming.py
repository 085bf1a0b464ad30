# Streaming objects: compressobj flush modes and copy; decompressobj with max_length/unconsumed_tail,
# chunked input, unused_data after the end, flush, copy; _ZlibDecompressor as gzip drives it.
import zlib

blob = bytes(range(256)) * 40 + b"abcabcabc" * 500
c = zlib.compressobj(9)
parts = [c.compress(blob[:3000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(blob[3000:7000]), c.flush(zlib.Z_FULL_FLUSH)]
c2 = c.copy()
parts.append(c.compress(blob[7000:]))
parts.append(c.flush())
stream = b"".join(parts)
print(zlib.decompress(stream) == blob, zlib.decompress(b"".join(parts[:4]) + c2.compress(blob[7000:]) + c2.flush()) == blob)
# the sync-flushed prefix decodes on its own
print(zlib.decompressobj().decompress(b"".join(parts[:2])) == blob[:3000])
try:
    c.compress(b"more")
except zlib.error as e:
    print("after finish:", e)

d = zlib.decompressobj()
out = []
data = stream
while data:
    chunk = d.decompress(data, 1000)
    out.append(chunk)
    assert len(chunk) <= 1000
    data = d.unconsumed_tail
out.append(d.flush())
print(b"".join(out) == blob, d.eof, d.unused_data, len(out) > 10)

d = zlib.decompressobj()
got = d.decompress(stream + b"TRAILING")
print(got == blob, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data)

d = zlib.decompressobj()
first = d.decompress(stream[:50])
dc = d.copy()
rest = d.decompress(stream[50:])
print(first + rest == blob, first + dc.decompress(stream[50:]) == blob)

d = zlib.decompressobj(wbits=-15)
raw = zlib.compress(blob, 6, -15)
print(d.decompress(raw[:10]) + d.decompress(raw[10:]) == blob, d.eof)

zd = zlib._ZlibDecompressor()
acc = zd.decompress(stream[:100], 10)
rest = stream[100:]
steps = 0
while not zd.eof and steps < 10000:
    steps += 1
    if zd.needs_input:
        feed, rest = rest[:300], rest[300:]
    else:
        feed = b""
    acc += zd.decompress(feed, 500)
print(acc == blob, zd.needs_input, zd.unused_data, steps > 20)
try:
    zd.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

g = zlib.compressobj(6, zlib.DEFLATED, 31)
gz = g.compress(b"gzip body " * 100) + g.flush()
print(gz[:3].hex(), zlib.decompress(gz, 31) == b"gzip body " * 100, zlib.decompress(gz, 47) == b"gzip body " * 100)
