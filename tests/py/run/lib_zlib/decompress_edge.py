# Decompression edge cases: stored/empty blocks, preset dictionaries, concatenated and corrupted
# streams, wbits auto-detection, tiny max_length steps and flush after partial input.
import zlib

raw_stored = bytes.fromhex("010300fcff616263")  # one final stored block "abc"
print(zlib.decompress(raw_stored, -15), zlib.decompress(bytes.fromhex("0300"), -15))
z = zlib.compress(b"payload" * 50)
print(zlib.decompress(z + z, 15)[:14], zlib.decompressobj().decompress(z + b"junk"), zlib.decompress(z, 0)[:7])
d = zlib.decompressobj()
acc = b""
data = z
while data:
    acc += d.decompress(data, 3)
    data = d.unconsumed_tail
print(len(acc), acc[:10], d.eof, d.flush())
d = zlib.decompressobj()
part = d.decompress(z[:len(z) // 2])
print(len(part) > 0, d.eof, len(d.flush()) >= 0, d.eof)
zd = b"the preset dictionary text"
c = zlib.compressobj(zdict=zd)
blob = c.compress(b"the preset dictionary text, reused") + c.flush()
print(zlib.decompressobj(zdict=zd).decompress(blob))
for bad in (z[:2] + bytes([z[2] ^ 0x40]) + z[3:], b"\x78\x9c\xff\xff", z[:-1] + b"\x00", b"x\xda"):
    try:
        print(zlib.decompress(bad))
    except zlib.error as e:
        print("error", e)
g = zlib.compress(b"gz data", wbits=31)
print(zlib.decompress(g, 47), zlib.decompress(g, 31), zlib.decompressobj(47).decompress(g))
for wb in (8, 9, -8):
    try:
        print(wb, zlib.decompress(zlib.compress(b"small", wbits=9), wb) if wb > 0 else None)
    except zlib.error as e:
        print(wb, "error", e)
