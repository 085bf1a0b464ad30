# memoryview items per struct format: cast, get/set with the struct conversions, their errors, tolist
import struct

def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

raw = bytearray(range(1, 17))
for fmt in "bBchHiIqQfde":
    m = memoryview(raw).cast(fmt)
    print(fmt, m.format, m.itemsize, len(m), m.nbytes, m.shape, m.strides, m.readonly)
    print("  ", m.tolist()[:3], m[0], m[-1])

# '@' prefix is kept in .format
m = memoryview(bytearray(8)).cast("@i")
print(m.format, m.itemsize, m.tolist())
m[1] = -5
print(m.tolist(), list(m), m.tobytes())

# packing per format: values, ranges and types
cases = [
    ("b", [127, -128, 128, -129, 1.5, "x", True]),
    ("B", [0, 255, 256, -1, 2.0]),
    ("h", [32767, -32768, 32768]),
    ("H", [65535, 65536, -1]),
    ("i", [2**31 - 1, -2**31, 2**31]),
    ("I", [2**32 - 1, 2**32, -1]),
    ("q", [2**63 - 1, -2**63, 2**63]),
    ("Q", [2**64 - 1, 2**64, -1]),
    ("f", [1.5, 3, 1e300, "a", -0.0]),
    ("d", [2.25, 7, 10**400, None]),
    ("e", [1.5, 65504.0, 65520.0, 1e-8, 2**-24]),
    ("?", [0, 5, "", [1], None]),
    ("c", [b"z", b"", b"ab", bytearray(b"q"), 65]),
]
for fmt, values in cases:
    size = struct.calcsize(fmt)
    m = memoryview(bytearray(size * 2)).cast(fmt)
    for v in values:
        r = attempt(lambda: m.__setitem__(0, v))
        print(fmt, repr(v), "->", r if r is not None else m[0])

class Idx:
    def __index__(self):
        return 7
m = memoryview(bytearray(4)).cast("i")
m[0] = Idx()
print(m[0], m[Idx() - 7 if False else 0])
print(attempt(lambda: m[4]), attempt(lambda: m[-5]), attempt(lambda: m["a"]), attempt(lambda: m[1.0]))
print(attempt(lambda: m.__delitem__(0)))

# half floats and bools round trip
h = memoryview(struct.pack("4e", 0.0, -1.5, 65504.0, float("inf"))).cast("e")
print(h.tolist())
print(memoryview(bytes([0, 1, 1, 0])).cast("?").tolist())

# non-byte to non-byte casts and bad formats
b = memoryview(bytearray(8))
print(attempt(lambda: b.cast("i").cast("h")))
print(attempt(lambda: b.cast("x")), attempt(lambda: b.cast("<i")), attempt(lambda: b.cast("ii")))
print(attempt(lambda: b.cast(b"B")), attempt(lambda: memoryview(bytearray(7)).cast("i")))
print(b.cast("i").cast("B").tolist(), b.cast("i").cast("c").tolist()[:2])
print(b.cast(format="h", shape=[2, 2]).tolist())
