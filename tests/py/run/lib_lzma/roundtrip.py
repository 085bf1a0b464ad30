# lzma over _lzma: the xz, alone and raw formats, integrity checks, presets, filter chains,
# incremental decompression with max_length, and the errors
import lzma

data = b"".join(b"record %d: some repetitive payload\n" % (i % 89) for i in range(3000))
xz = lzma.compress(data)
print(xz[:6], lzma.decompress(xz) == data)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
print(alone[:1], lzma.decompress(alone) == data, lzma.decompress(alone, lzma.FORMAT_ALONE) == data)
for preset in (0, 6, 9 | lzma.PRESET_EXTREME):
    print("preset", preset, lzma.decompress(lzma.compress(data, preset=preset)) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    d = lzma.LZMADecompressor()
    ok = d.decompress(lzma.compress(data, check=check)) == data
    print("check", check, ok, d.check == check, lzma.is_check_supported(check))
print(lzma.LZMADecompressor().check == lzma.CHECK_UNKNOWN,
      lzma.LZMADecompressor(lzma.FORMAT_ALONE).check == lzma.CHECK_NONE)

chains = [
    [{"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20, "lc": 3, "lp": 0, "pb": 2,
                                "mode": lzma.MODE_NORMAL, "nice_len": 64, "mf": lzma.MF_BT4, "depth": 0}],
]
for chain in chains:
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    back = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain)
    inxz = lzma.compress(data, filters=chain)
    print("chain", [f["id"] for f in chain], back == data, lzma.decompress(inxz) == data)
lz1 = [{"id": lzma.FILTER_LZMA1, "preset": 3}]
print("alone+lzma1", lzma.decompress(lzma.compress(data, format=lzma.FORMAT_ALONE, filters=lz1)) == data)

print("concatenated", lzma.decompress(xz + lzma.compress(b"tail")) == data + b"tail")
print("empty", lzma.decompress(lzma.compress(b"")))

comp = lzma.LZMACompressor()
out = b"".join(comp.compress(data[i:i + 999]) for i in range(0, len(data), 999)) + comp.flush()
print("incremental", lzma.decompress(out) == data)

d = lzma.LZMADecompressor()
got = d.decompress(xz + b"trailer", max_length=500)
print(len(got), d.needs_input, d.eof)
while not d.eof:
    got += d.decompress(b"", max_length=4096)
print("bounded", got == data, d.unused_data, d.needs_input)

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lzma.decompress, b"definitely not xz")
attempt(lzma.decompress, xz[:-12])
attempt(lzma.decompress, xz, format=lzma.FORMAT_ALONE)
attempt(lzma.decompress, xz, memlimit=1024)
attempt(lzma.LZMACompressor, format=lzma.FORMAT_RAW)
attempt(lzma.LZMACompressor, format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32)
attempt(lzma.LZMACompressor, preset=1, filters=chains[0])
attempt(lzma.LZMACompressor, format=42)
attempt(lzma.LZMACompressor, filters=[{"id": 12345}])
attempt(lzma.LZMACompressor, filters=[{"dist": 1}])
attempt(lzma.LZMACompressor, filters=[5])
attempt(lzma.LZMACompressor, filters=[{"id": lzma.FILTER_LZMA2}] * 5)
attempt(lzma.LZMACompressor, format=lzma.FORMAT_ALONE, filters=chains[0])
attempt(lzma.LZMADecompressor, format=lzma.FORMAT_RAW)
attempt(lzma.LZMADecompressor, format=lzma.FORMAT_RAW, memlimit=100, filters=chains[0])
attempt(lzma.LZMADecompressor, filters=chains[0])
d = lzma.LZMADecompressor()
d.decompress(xz)
attempt(d.decompress, b"x")
comp = lzma.LZMACompressor()
comp.flush()
attempt(comp.flush)
attempt(comp.compress, b"x")
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__)
