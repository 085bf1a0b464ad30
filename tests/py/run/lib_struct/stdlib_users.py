# Pure-Python users of struct: the struct module wrapper, Struct subclassing, and round trips of many
# values (floats through f/e/d, ints through every integer code and byte order).
import struct


class Point(struct.Struct):
    def __init__(self):
        super().__init__("<2d")

    def make(self, x, y):
        return self.pack(x, y)


p = Point()
print(p.size, p.format, p.unpack(p.make(1.5, -2.25)), isinstance(p, struct.Struct))
vals = [0.1, -2.5, 1e-7, 65504.0, 3.0e38, 5e-324, float("inf"), -0.0, 1 / 3]
for code in "efd":
    out = []
    for v in vals:
        try:
            out.append(struct.unpack("<" + code, struct.pack("<" + code, v))[0])
        except OverflowError as e:
            out.append(str(e))
    print(code, out)
half = [struct.unpack("<e", struct.pack("<H", h))[0] for h in range(0, 65536, 1021)]
print(half)
print([struct.pack(">e", x).hex() for x in (1.0009765625, 1.00048828125, 1.00146484375, 2049.0, 2051.0, 5.9604645e-08, 2.9802322e-08, 8.940697e-08)])
for order in "<>!=@":
    for code in "bBhHiIqQ":
        size = struct.calcsize(order + code)
        lo = -(1 << (8 * size - 1)) if code.islower() else 0
        hi = (1 << (8 * size - (1 if code.islower() else 0))) - 1
        data = struct.pack(order + "3" + code, lo, hi, 7)
        assert struct.unpack(order + "3" + code, data) == (lo, hi, 7)
    print(order, struct.pack(order + "hiq", 1, -2, 3).hex(), struct.calcsize(order + "bhbibqbd"))
print(struct.pack("@bh0i", 1, 2).hex(), struct.calcsize("@c0q"), struct.calcsize("@3s0h"), struct.calcsize("@?d?"))
rec = struct.Struct("<I10sHd?")
packed = [rec.pack(i, b"name%d" % i, i * 3, i / 7, i % 2 == 0) for i in range(5)]
print([t for t in rec.iter_unpack(b"".join(packed))][1:3], rec.unpack_from(b"xx" + packed[4], 2))
buf = bytearray(rec.size * 2)
rec.pack_into(buf, rec.size, 9, b"nine", 27, 9 / 7, False)
print(buf.hex(), struct.unpack_from("<I", memoryview(buf), offset=rec.size))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(it.__length_hint__(), next(it), list(it), it.__length_hint__())
