# array with bytes, struct, files and the reconstructor used by pickling (protocol 3+ format codes).
import array
import struct
import io

a = array.array("H", [1, 258, 65535])
print(a.tobytes().hex(), struct.unpack("<3H", a), array.array("H", a.tobytes()) == a)
b = array.array("d", [0.5, -1.25])
print(struct.unpack_from("<d", b, 8), list(struct.iter_unpack("<d", b)))
buf = io.BytesIO()
array.array("q", [-1, 2**40, 3]).tofile(buf)
buf.seek(0)
c = array.array("q")
c.fromfile(buf, 2)
print(c, buf.read().hex())
for raw, count in ((b"\x01\x00", 1), (b"\x02" + b"\x00" * 7, 2)):
    try:
        c.fromfile(io.BytesIO(raw), count)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e, c)
r = array._array_reconstructor
print(r(array.array, "h", 5, b"\x00\x01\xff\xfe"), r(array.array, "d", 17, struct.pack(">d", 2.5)))
print(r(array.array, "i", 4, b"\x05\x00"), r(array.array, "w", 20, "hé".encode("utf-32-le")))
for bad in [lambda: r(list, "i", 0, b""), lambda: r(array.array, "z", 0, b""), lambda: r(array.array, "i", 99, b""),
            lambda: r(array.array, "i", 0, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
red = array.array("f", [1.5]).__reduce_ex__(4)
print(red[0] is r, red[1][0] is array.array, red[1][1:3], red[1][3], red[2])
print(array.array("b", [1, 2]).__reduce_ex__(2)[1], array.array("w", "xy").__reduce_ex__(3)[1][1:])


class Sub(array.array):
    pass


s = Sub("i", [1, 2, 3])
s.tag = "t"
print(type(s[:1]).__name__, s.tag, s.__reduce_ex__(3)[2], len(s), s[::-1])
print(array.array("i", range(5)).index(3, 1, 4), array.array("i", range(5)).index(3, -3))
x = array.array("q", [2**62, -2**62])
print(x, x.tolist(), x.count(2**62))
x.extend(iter([5, 6]))
x.fromlist([7])
print(x, x.pop(), x)
for bad in [lambda: x.fromlist((1,)), lambda: x.extend(["a"]), lambda: array.array("B", [1, 300]),
            lambda: array.array("q", [2**70]), lambda: array.array("L", [-1]), lambda: array.array("i")[0:1].__setitem__(slice(0, 2, 2), array.array("i", [1, 2]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(x)
import hashlib
import zlib
h = array.array("h", [1, 2, 3])
print(hashlib.sha256(h).hexdigest() == hashlib.sha256(h.tobytes()).hexdigest(), zlib.crc32(h), zlib.adler32(h))
print(zlib.decompress(zlib.compress(h)) == h.tobytes(), struct.unpack("<3h", h))
