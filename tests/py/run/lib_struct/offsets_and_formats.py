# struct: pack_into/unpack_from offset checks and their messages, format strings with NUL or non-ASCII
# characters, a failed Struct.__init__ and the unpack_iterator type
import struct

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

buf = bytearray(10)
attempt("pack_into -2", struct.pack_into, "<I", buf, -2, 1)
attempt("pack_into -11", struct.pack_into, "<B", buf, -11, 1)
attempt("pack_into -4", struct.pack_into, "<I", buf, -4, 0x01020304)
print(buf.hex())
attempt("pack_into 7", struct.pack_into, "<I", buf, 7, 1)
attempt("pack_into 2**31-1", struct.pack_into, "<I", buf, 2**31 - 1, 1)
attempt("unpack_from -2", struct.unpack_from, "<I", buf, -2)
attempt("unpack_from -11", struct.unpack_from, "<B", buf, -11)
attempt("unpack_from -4", struct.unpack_from, "<I", buf, -4)
attempt("unpack_from 8", struct.unpack_from, "<I", buf, 8)
attempt("unpack_from 2**31-1", struct.unpack_from, "<I", buf, 2**31 - 1)
attempt("unpack_from kw", lambda: struct.unpack_from("<H", buffer=buf, offset=-4))
s = struct.Struct("<hh")
attempt("Struct.pack_into -10", s.pack_into, buf, -10, 1, 2)
attempt("Struct.unpack_from -3", s.unpack_from, buf, -3)

# argument counts of pack_into are struct.error
attempt("pack_into no buffer", s.pack_into)
attempt("pack_into no offset", s.pack_into, buf)
attempt("pack_into 1 item", s.pack_into, buf, 0, 1)
attempt("pack_into bad buffer", s.pack_into, b"immutable", 0, 1, 2)

# format strings
for fmt in ["\0", "2\0i", b"\0", "i\0", "é", "hé", "ab\udc00\udc01c", b"\xe9"]:
    attempt(repr(fmt), struct.calcsize, fmt)
attempt("Struct(1)", struct.Struct, 1)
print(struct.Struct(b"<h").format, struct.Struct(format=">I 2h ").format)

s = struct.Struct(">h")
attempt("reinit", s.__init__, ">hh")
print(s.format, s.size, s.pack(1, 2))
attempt("reinit bad", s.__init__, "é")
print(s.format, s.size)

it = struct.iter_unpack("b", b"ab")
print(type(it).__name__, type(it).__module__, next(it), it.__length_hint__())
attempt("unpack_iterator()", type(it))
print(struct.Struct.__new__(struct.Struct, ">i").size, struct.Struct.__new__(struct.Struct, format="q").size)
