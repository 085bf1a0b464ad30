# bytes() with its arguments given by keyword (source, encoding, errors), also for subclasses.
print(bytes("x", encoding="ascii"), bytes("x", "ascii"), bytes(source=b"q"), bytes())
print(bytes("é", "ascii", errors="replace"), bytes(source="ab", encoding="utf-16-le"))
print(bytes("\n", encoding="ascii"), bytes(3))


class B(bytes):
    pass


b = B("xy", encoding="ascii")
print(type(b).__name__, b, bytes.__new__(B, "z", errors="strict", encoding="ascii"))
print(bytearray("y", encoding="utf-8"), bytearray(source=b"w"))
