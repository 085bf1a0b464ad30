# bz2 over _bz2: one-shot compress/decompress, incremental BZ2Compressor/BZ2Decompressor with
# max_length, needs_input, eof and unused_data, concatenated streams, and the errors
import bz2

data = b"".join(b"line %d of some repetitive text\n" % (i % 97) for i in range(3000))
c = bz2.compress(data)
print(c[:4], len(c) < len(data) // 10, bz2.decompress(c) == data)
for level in (1, 5, 9):
    print(level, bz2.decompress(bz2.compress(data, level)) == data)
print("empty", bz2.decompress(bz2.compress(b"")), bz2.decompress(b""))
print("concatenated", bz2.decompress(c + bz2.compress(b"tail")) == data + b"tail")
print("buffer types", bz2.decompress(bytearray(c)) == data, bz2.decompress(memoryview(c)) == data)

comp = bz2.BZ2Compressor()
pieces = [comp.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
pieces.append(comp.flush())
print("incremental", bz2.decompress(b"".join(pieces)) == data)

d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = []
for i in range(0, len(c), 37):
    out.append(d.decompress(c[i:i + 37]))
print("fed in pieces", b"".join(out) == data, d.eof, d.needs_input)

d = bz2.BZ2Decompressor()
got = d.decompress(c + b"extra bytes", max_length=1000)
print(len(got), d.needs_input, d.eof)
while not d.eof:
    chunk = d.decompress(b"", max_length=5000)
    got += chunk
    if not chunk and d.needs_input:
        break
print("bounded", got == data, d.eof, d.unused_data)

d = bz2.BZ2Decompressor()
print(d.decompress(c, max_length=0), d.needs_input)

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(d.decompress, "str")
attempt(bz2.decompress, b"BZh9 not really")
attempt(bz2.decompress, c[:-20])
attempt(lambda: bz2.decompress(c + b"garbage") == data)
attempt(bz2.BZ2Compressor, 0)
attempt(bz2.BZ2Compressor, 10)
d = bz2.BZ2Decompressor()
d.decompress(c)
attempt(d.decompress, b"more")
comp = bz2.BZ2Compressor()
comp.flush()
attempt(comp.flush)
attempt(comp.compress, b"x")
attempt(bz2.compress, "str")
