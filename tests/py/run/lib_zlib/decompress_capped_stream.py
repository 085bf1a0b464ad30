# Decompressing with a small max_length (and input fed in small pieces) walks through long blocks
# piece by piece: every chunk within the cap, unconsumed_tail handed back, the whole data recovered;
# the same through _ZlibDecompressor (gzip's reader) and a match cut by the cap.
import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(1500))
for level, wbits in ((6, 15), (1, -15), (9, 31)):
    co = zlib.compressobj(level, zlib.DEFLATED, wbits)
    comp = co.compress(text) + co.flush()
    d = zlib.decompressobj(wbits)
    out, cb, calls, biggest = [], comp, 0, 0
    while cb:
        cap = 1 + len(cb) // 10
        chunk = d.decompress(cb, cap)
        biggest = max(biggest, len(chunk) - cap)
        out.append(chunk)
        cb = d.unconsumed_tail
        calls += 1
    chunk = True
    while chunk:
        chunk = d.decompress(b"", 97)
        out.append(chunk)
    print(level, wbits, b"".join(out) == text, biggest <= 0, d.eof, calls > 10)

    # input in 7-byte pieces, output in 5-byte pieces
    d = zlib.decompressobj(wbits)
    out = []
    for i in range(0, len(comp), 7):
        piece = comp[i:i + 7]
        while True:
            chunk = d.decompress(piece, 5)
            out.append(chunk)
            piece = d.unconsumed_tail
            if not piece and len(chunk) < 5:
                break
    out.append(d.flush())
    print(" pieces:", b"".join(out) == text, d.eof)

# a long match split by the cap: many repeats of one byte
comp = zlib.compress(b"a" * 100000 + b"b" * 3 + b"a" * 100000)
d = zlib.decompressobj()
sizes = set()
got = b""
while not d.eof:
    chunk = d.decompress(d.unconsumed_tail or comp, 1000)
    comp = b""
    sizes.add(len(chunk))
    got += chunk
print(got == b"a" * 100000 + b"bbb" + b"a" * 100000, max(sizes))

zd = zlib._ZlibDecompressor()
comp = zlib.compress(text, 9)
parts = []
for i in range(0, len(comp), 4096):
    parts.append(zd.decompress(comp[i:i + 4096], 3000))
    while not zd.needs_input and not zd.eof:
        parts.append(zd.decompress(b"", 3000))
print(b"".join(parts) == text, zd.eof, max(map(len, parts)))
