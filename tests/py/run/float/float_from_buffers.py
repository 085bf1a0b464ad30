# float() of bytes-like objects: bytes/bytearray subclasses, memoryview (slices too) and array, as
# PyFloat_FromString reads any buffer; the error shows the argument's repr and only ASCII whitespace counts
import array


class CustomBytes(bytes):
    pass


class CustomByteArray(bytearray):
    pass


for f in [bytes, bytearray, CustomBytes, CustomByteArray, memoryview, lambda b: array.array("B", b)]:
    x = f(b" 3.14  ")
    print(type(x).__name__, float(x))
    try:
        float(f(b"A" * 4))
    except ValueError as e:
        print(" ", "could not convert" in str(e))

print(float(memoryview(b"12.3")[1:4]), float(memoryview(b"12.3A")[1:4]), float(memoryview(b"12.34")[1:4]))
print(float(CustomBytes(b"1e3")), float(b"\t-inf\n"), float(bytearray(b"1_000.5")))
for b in [b"  123 456  ", b"123\x00", b"123\xa0", b"1\x1c", b"\x85 1", b""]:
    try:
        print(float(b))
    except ValueError as e:
        print(e)
for bad in [object(), [1], None]:
    try:
        float(bad)
    except TypeError as e:
        print(e)
