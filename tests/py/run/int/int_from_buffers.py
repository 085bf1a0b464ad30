# int() of bytes-like objects: any buffer with one argument (memoryview slices, array, subclasses), only
# bytes/bytearray (and subclasses) with an explicit base; the error shows the bytes repr
import array


class CustomBytes(bytes):
    pass


class CustomByteArray(bytearray):
    pass


for f in [bytes, bytearray, CustomBytes, CustomByteArray, memoryview, lambda b: array.array("B", b)]:
    x = f(b"100")
    print(type(x).__name__, int(x), int(f(b" -7_0 ")))
    try:
        print(" base 2:", int(x, 2))
    except TypeError as e:
        print(" ", e)
    try:
        int(f(b"A" * 4))
    except ValueError as e:
        print(" ", e)

print(int(memoryview(b"123")[1:3]), int(memoryview(b"123\x00")[1:3]), int(memoryview(b"1234")[1:3]))
for b in [b"12\xa0", b"\x0b12\x0c", b"1\x1f", b"0x1f"]:
    try:
        print(int(b))
    except ValueError as e:
        print(e)
print(int(b"0x1f", 16), int(CustomBytes(b"0b101"), 0), int(bytearray(b"z"), 36))
