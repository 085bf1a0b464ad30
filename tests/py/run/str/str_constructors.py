print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"ab", "ascii"), str(bytearray(b"x"), "utf-8"))
print(str(object) , repr(str), "".__class__.__name__, str.__mro__)
class S(str):
    pass
print(type(str(S("x"))).__name__, type(S("x")).__name__)
