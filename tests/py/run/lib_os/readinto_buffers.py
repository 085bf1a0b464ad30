# os.readinto (3.14) fills any writable buffer: bytearray, array.array, a writable memoryview (also a
# slice of one); read-only buffers and non-buffers are a TypeError.
import array
import os

fd = os.open(__file__, os.O_RDONLY)
ba = bytearray(5)
print(os.readinto(fd, ba), ba)
a = array.array("b", [0] * 4)
print(os.readinto(fd, a), a.tobytes())
m = memoryview(bytearray(10))
print(os.readinto(fd, m[2:5]), bytes(m))
print(os.readinto(fd, bytearray()))
for bad in (b"xy", memoryview(b"ab"), "str", 3):
    try:
        os.readinto(fd, bad)
    except TypeError as e:
        print("TypeError:", e)
os.close(fd)
