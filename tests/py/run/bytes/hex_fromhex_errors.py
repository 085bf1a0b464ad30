# bytes.hex(sep, bytes_per_sep) validation and grouping, bytes.fromhex's accepted inputs (str or
# bytes-like, ASCII whitespace only) and error positions.
import array


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for T in (bytes, bytearray):
    print("#", T.__name__)
    b = T(b"\xb9\x01\xef\x42\x00")
    for args in [(), ("",), ("xx",), (None, 0), ("\xff",), (b"\xff",), (chr(256),), (bytearray(b":"),), (1,),
                 (":", 0), (":", -4), (":", 2), (":", -2), (":", 3), (":", -3), (":", True), (":", 2**70),
                 (":", 1.0), (b"$", 1), ("\x00",)]:
        show(f"hex{args!r}", lambda: b.hex(*args))
    show("hex(sep='-', bytes_per_sep=2)", lambda: b.hex(sep="-", bytes_per_sep=2))
    for arg in ["1a2B30", "  1A 2B  30   ", " 1A\n2B\t30\v", b" 1A\n2B\t30\v", memoryview(b"1a"),
                array.array("B", b" 1a 2b "), bytearray(b"ff"), "1a 2", "1 a", "1a\x00", " 1g", "\x1c",
                "\x85", "\u2000", "12\u20003", bytes([30, 31, 0]), b"\xa0", "", "   ", 1, None]:
        label = f"memoryview({bytes(arg)!r})" if isinstance(arg, memoryview) else repr(arg)
        show(f"fromhex({label})", lambda: T.fromhex(arg))
