# Parameter adaptation: exact int/float/str/bytearray are bound as they are until an adapter is registered
# for one of those types; otherwise the registered adapter, then the protocol's __adapt__, then the
# object's __conform__ (a TypeError from them means "no adaptation"), else the object itself.
# sqlite3.adapt() raises ProgrammingError when nothing adapts and no alternative is given. A converter is
# not called for a zero-length value.
import sqlite3

cx = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return f"{self.x};{self.y}"


class BadConform:
    def __init__(self, exc):
        self.exc = exc

    def __conform__(self, proto):
        raise self.exc("conform failed")


attempt("conform", lambda: cx.execute("select ?", (Point(1, 2),)).fetchone())
attempt("conform TypeError", lambda: cx.execute("select ?", (BadConform(TypeError),)).fetchone())
attempt("conform ValueError", lambda: cx.execute("select ?", (BadConform(ValueError),)).fetchone())
attempt("conform named", lambda: cx.execute("select :p", {"p": BadConform(TypeError)}).fetchone())
attempt("bool", lambda: cx.execute("select ?, ?", (True, False)).fetchone())


class Proto:
    def __adapt__(self, obj):
        return "adapted " + repr(obj)


class NoneProto:
    def __adapt__(self, obj):
        return None


attempt("adapt no adapter", lambda: sqlite3.adapt(1.5))
attempt("adapt alt", lambda: sqlite3.adapt(1.5, sqlite3.PrepareProtocol, "alt"))
attempt("adapt proto", lambda: sqlite3.adapt(1.5, Proto))
attempt("adapt None proto", lambda: sqlite3.adapt(1.5, NoneProto))
attempt("adapt missing proto", lambda: sqlite3.adapt(1, None))
attempt("adapt conform", lambda: sqlite3.adapt(Point(3, 4)))

print("before", cx.execute("select ?", (4,)).fetchone())
sqlite3.register_adapter(int, float)
try:
    print("int adapted", cx.execute("select ?, typeof(?)", (4, 5)).fetchone())
    print("adapt int", sqlite3.adapt(7))
finally:
    del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]

cx.execute("create table t(b blobish, n)")
sqlite3.register_converter("blobish", lambda b: "converted " + repr(b))
cx.executemany("insert into t values (?, ?)", [(b"", 1), (b"xy", 2), ("", 3), (None, 4)])
print(cx.execute("select b from t order by n").fetchall())


# an adapter that empties the parameter list: the next parameter is an IndexError
class Clearing:
    def __conform__(self, proto):
        params.clear()
        return "cleared"


params = [Clearing(), 0]
attempt("list cleared while binding", lambda: cx.execute("select ?, ?", params).fetchone())
