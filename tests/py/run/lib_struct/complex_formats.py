# struct's complex formats F (two floats) and D (two doubles), new in Python 3.14
import math
import struct

for fmt in ["F", "D", "<F", ">F", "<D", ">D", "=F", "!D", "xF", "xD", "bF", "<bD", "2F", "3D"]:
    print(fmt, struct.calcsize(fmt))

print(struct.pack("<F", 1 + 2j).hex())
print(struct.pack(">F", 1 + 2j).hex())
print(struct.pack("<D", 1.5 - 2j).hex())
print(struct.pack(">D", -0.0 + 0j).hex())
print(struct.pack("@bD", 1, 3j).hex())

for fmt in ["F", "D", "<F", ">D"]:
    for z in [0j, -0.0 - 0j, 1.5 + 2.25j, complex(math.inf, -math.inf), complex(0.1, 1e-3)]:
        (back,) = struct.unpack(fmt, struct.pack(fmt, z))
        print(fmt, repr(z), repr(back), math.copysign(1, back.real), math.copysign(1, back.imag))
    (n,) = struct.unpack(fmt, struct.pack(fmt, complex(math.nan, 1)))
    print(fmt, math.isnan(n.real), n.imag)

# ints, floats and objects with __complex__ / __float__ / __index__ are accepted
class Cx:
    def __complex__(self):
        return 2 - 1j

class Fl:
    def __float__(self):
        return 0.5

class Ix:
    def __index__(self):
        return 7

for v in [3, True, 2.5, Cx(), Fl(), Ix()]:
    print(type(v).__name__, struct.unpack("<D", struct.pack("<D", v)))

# anything else is a struct.error
for v in ["1+2j", None, b"x", [1]]:
    try:
        struct.pack("<F", v)
    except struct.error as e:
        print(type(v).__name__, "error:", e)

class Bad:
    def __complex__(self):
        raise ZeroDivisionError("no")

try:
    struct.pack("D", Bad())
except struct.error as e:
    print("Bad error:", e)

# too large for a float: stored as infinity, as a C cast would
print(struct.unpack("<F", struct.pack("<F", complex(1e300, -1e300))))
print(struct.unpack("F", struct.pack("F", 1e300)))

s = struct.Struct("<2Fh")
packed = s.pack(1j, 2, 5)
print(s.size, packed.hex(), s.unpack(packed))
print(list(struct.iter_unpack("<F", struct.pack("<3F", 1, 2j, 3 + 3j))))
buf = bytearray(20)
struct.pack_into(">D", buf, 2, 1 + 1j)
print(buf.hex(), struct.unpack_from(">D", buf, 2))
