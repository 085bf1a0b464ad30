# Integer and fill arguments of bytes methods (__index__, TypeError for floats), split remainders keeping
# their whitespace, decode's argument types.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for T in (bytes, bytearray):
    print("#", T.__name__)
    b = T(b"ab")
    for label, f in [
        ("split(maxsplit=Idx(1))", lambda: T(b"a b c").split(maxsplit=Idx(1))),
        ("split(None, 1.0)", lambda: T(b"a b").split(None, 1.0)),
        ("split(b' ', True)", lambda: T(b"a b c").split(b" ", True)),
        ("'  a    b   '.split(None, 1)", lambda: T(b"  a    b   ").split(None, 1)),
        ("'  a    b   '.rsplit(None, 1)", lambda: T(b"  a    b   ").rsplit(None, 1)),
        ("'\\ta b\\n'.split(None, 0)", lambda: T(b"\ta b\n").split(None, 0)),
        ("'\\ta b\\n'.rsplit(None, 0)", lambda: T(b"\ta b\n").rsplit(None, 0)),
        ("split(b'')", lambda: b.split(b"")),
        ("split('a')", lambda: b.split("a")),
        ("ljust(Idx(4))", lambda: b.ljust(Idx(4))),
        ("center(5, b'*')", lambda: b.center(5, b"*")),
        ("center(4, bytearray(b'-'))", lambda: b.center(4, bytearray(b"-"))),
        ("center(4, b'xy')", lambda: b.center(4, b"xy")),
        ("rjust(4, bytearray(b'xy'))", lambda: b.rjust(4, bytearray(b"xy"))),
        ("center(4, 'x')", lambda: b.center(4, "x")),
        ("ljust(4, 32)", lambda: b.ljust(4, 32)),
        ("ljust(4.0)", lambda: b.ljust(4.0)),
        ("zfill(Idx(4))", lambda: b.zfill(Idx(4))),
        ("zfill(2.0)", lambda: b.zfill(2.0)),
        ("replace(b'a', b'b', Idx(1))", lambda: T(b"aaa").replace(b"a", b"b", Idx(1))),
        ("replace(b'a', b'b', 1.0)", lambda: T(b"aaa").replace(b"a", b"b", 1.0)),
        ("replace(32, b'')", lambda: T(b"a b").replace(32, b"")),
        ("expandtabs(Idx(2))", lambda: T(b"a\tb").expandtabs(Idx(2))),
        ("expandtabs(2.0)", lambda: b.expandtabs(2.0)),
        ("decode(1)", lambda: b.decode(1)),
        ("decode('ascii', 1)", lambda: b.decode("ascii", 1)),
        ("decode(encoding='ascii')", lambda: b.decode(encoding="ascii")),
        ("decode(errors='replace')", lambda: T(b"\xff").decode(errors="replace")),
        ("b * Idx(2)", lambda: b * Idx(2)),
        ("b * 2.0", lambda: b * 2.0),
    ]:
        show(label, f)
# bytes.replace's count is positional-only (str.replace's is not)
for T in (bytes, bytearray):
    try:
        T(b"aa").replace(b"a", b"b", count=1)
    except TypeError:
        print(T.__name__, "replace(count=) TypeError")
print("aa".replace("a", "b", count=1))
