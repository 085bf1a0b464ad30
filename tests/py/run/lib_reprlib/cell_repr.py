# cell objects repr as "<cell at 0x...: int object at 0x...>" (or ": empty>"), which reprlib shows too
import re
import reprlib
import types


def f():
    x = 1

    def g():
        return x

    return g


c = f().__closure__[0]
print(bool(re.fullmatch(r"<cell at 0x[0-9A-Fa-f]+: int object at 0x[0-9A-Fa-f]+>", repr(c))))
print(bool(re.fullmatch(r"<cell at 0x[0-9A-Fa-f]+: empty>", repr(types.CellType()))))
print(bool(re.fullmatch(r"<cell at 0x[0-9A-Fa-f]+: list object at 0x[0-9A-Fa-f]+>", repr(types.CellType([])))))
print(bool(re.fullmatch(r"<cell at 0x[0-9A-Fa-f]+: int object at 0x[0-9A-Fa-f]+>", reprlib.repr(c))))
