# bytes % args: %b and %s take bytes-like objects or __bytes__, %c an int in range(256) or one byte,
# %r/%a give ascii(); mapping keys are bytes; bytes and bytearray arguments are never mappings.
class WithBytes:
    def __bytes__(self):
        return b"<wb>"


class NotBytes:
    pass


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for T in (bytes, bytearray):
    print("#", T.__name__)
    cases = [
        (b"hello, %b!", b"world"),
        (b"hello,\x00%b!", b"world"),
        (b"%s / 100 = %d%%", (b"seventy-nine", 79)),
        (b"%b|%s", (bytearray(b"ba"), memoryview(b"mv"))),
        (b"%s", WithBytes()),
        (b"%(foo)b...", {b"foo": b"abc"}),
        (b"%(f(o)o)b", {b"f(o)o": b"x", b"foo": b"y"}),
        (b"%*b|%-*b|%.2b|%*.*b", (5, b"abc", 5, b"abc", b"abc", 5, 2, b"abc")),
        (b"%a %r", ("\xe9", "\u20ac")),
        (b"%c%c%c", (65, b"B", bytearray(b"C"))),
        (b"%x %o %X %e %5.1f %+d %05d", (255, 8, 255, 1.5, 2.25, 3, -42)),
        (b"%s", "str"),
        (b"%b", 5),
        (b"%s", NotBytes()),
        (b"%c", 256),
        (b"%c", -1),
        (b"%c", b"ab"),
        (b"%c", bytearray()),
        (b"%c", "a"),
        (b"%c", 1.5),
        (b"%d", "x"),
        (b"%y", 1),
        (b"%s %s", (b"a",)),
        (b"%s", (b"a", b"b")),
        (b"", bytearray(b"x")),
        (b"", b"x"),
        (b"", [1]),
        (b"%(a)s", b"x"),
        (b"\xff%s\x80", b"\xfe"),
    ]
    for n, (fmt, args) in enumerate(cases):
        show(f"{n}: {fmt!r}", lambda: T(fmt) % args)
    r = T(b"%s") % b"x"
    print(type(r).__name__)
    b = T(b"[%b]")
    b %= b"in place"
    print(b)
print(bytes(b"abc").__rmod__("%r"))


class P:
    def __float__(self):
        return 3.0


class Q:
    pass


for fmt, v in [("%c", P()), ("%x", P()), ("%d", Q()), ("%f", Q()), ("%c", Q()), (b"%x", P()), (b"%d", Q()),
               (b"%f", Q()), (b"%c", Q()), (b"%c", P())]:
    try:
        print(fmt % v)
    except TypeError as e:
        print(fmt, e)
