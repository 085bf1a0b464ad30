# Native-mode (@) alignment and padding for portable codes, compared with the standard (=) layout.
import struct

for fmt in ("bh", "hb", "bi", "bq", "bd", "be", "bf", "?h", "3sq", "c2h", "hq", "b0q", "qb", "xh", "bhiq", "bbbbi"):
    native, std = struct.calcsize("@" + fmt), struct.calcsize("=" + fmt)
    print(fmt, native, std)
print(struct.pack("@bhiq", 1, 2, 3, 4).hex(), struct.pack("=bhiq", 1, 2, 3, 4).hex())
print(struct.unpack("@bhiq", struct.pack("@bhiq", -1, -2, -3, -4)), struct.pack("@b0q", 7).hex())
print(struct.pack("@c2h", b"a", 1, 2).hex(), struct.unpack("@3sq", b"abc" + b"\x00" * 5 + b"\x01" + b"\x00" * 7))
