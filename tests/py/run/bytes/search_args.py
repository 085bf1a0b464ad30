# Arguments of bytes/bytearray search methods and indexing: ints (bool, __index__, huge) as the byte to
# find, slice bounds through __index__ (huge ones clamped), and the messages of the TypeErrors.

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
    b = T(b"mississippi")
    show("find(105)", lambda: b.find(105))
    show("find(True)", lambda: b.find(True))
    show("find(Idx(115), 3)", lambda: b.find(Idx(115), 3))
    show("rfind(105, 1, 3)", lambda: b.rfind(105, 1, 3))
    for bad in (-1, 256, 2**64, "s", 1.0, None):
        show(f"find({bad!r})", lambda: b.find(bad))
    show("count(b'', 2**40, 0)", lambda: T(b"").count(b"", 2**40, 0))
    show("find(b'', 2**40, 0)", lambda: T(b"").find(b"", 2**40, 0))
    show("rfind(b'xxx', 2**64, 0)", lambda: T(b"ab").rfind(b"xxx", 2**64, 0))
    show("count(b'', Idx(1))", lambda: b.count(b"", Idx(1)))
    show("count(b's', None, Idx(4))", lambda: b.count(b"s", None, Idx(4)))
    show("find(b's', -2**70)", lambda: b.find(b"s", -2**70))
    show("index(b'z')", lambda: b.index(b"z"))
    show("rindex(115, 0, 3)", lambda: b.rindex(115, 0, 3))
    for x in (105, Idx(112), b"ss", bytearray(b"pi"), 300, -1, 2**70, None, "s", 105.0):
        show(f"{x if not isinstance(x, Idx) else 'Idx(112)'!r} in b", lambda: x in b)
    e = T()
    for i in (0, 2**30, 2**64, 10**100, -1, -2**30, -2**64, -10**100, "a", 1.5):
        show(f"e[{i!r}]", lambda: e[i])
    show("b[Idx(1)]", lambda: b[Idx(1)])
    show("b[True]", lambda: b[True])
    show("startswith('m')", lambda: b.startswith("m"))
    show("startswith((b'x', 1))", lambda: b.startswith((b"x", 1)))
    show("endswith((b'x', b'pi'))", lambda: b.endswith((b"x", b"pi")))
    show("startswith(b'', 20)", lambda: b.startswith(b"", 20))
