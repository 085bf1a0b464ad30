# More struct error paths and odd formats: whitespace, zero counts, huge counts, bool/pad/char mixes.
import struct

for fmt in ("", " ", "< 3h", "=2x h", "0s", "0p", "!?", "10x", "3?", "2e", "cbB?"):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("< 3h", 1, 2, 3), struct.pack("0s", b"abc"), struct.pack("3?", 0, 1, 2), struct.pack("cbB?", b"z", -1, 255, []))
print(struct.unpack("< 3h", b"\x01\x00\x02\x00\x03\x00"), struct.unpack("2x h", b"\x00\x00\x05\x00"))
for fmt, args in [("q", ("1",)), ("d", (1j,)), ("c", (65,)), ("s", (bytearray(b"ok"),)), ("p", ("x",)),
                  ("?", ()), ("h", (1, 2)), ("999999999999999999999s", ()), ("<Q", (-1,)), ("<e", (1e5,))]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
try:
    struct.unpack("i", "abcd")
except TypeError as e:
    print("TypeError", e)
try:
    struct.Struct("bad!")
except struct.error as e:
    print("error", e)
print(struct.Struct("<i").unpack_from(buffer=b"\x00" * 8, offset=4), struct.calcsize("@bq"), struct.calcsize("=bq"))
