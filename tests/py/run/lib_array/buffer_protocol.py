# array.array exports its memory: memoryview, bytes(), readinto, struct.pack_into, binascii/base64 see the
# machine bytes and writes land in the array. Also: pickling iterators, mul errors, unicode arrays, slots.
import array
import base64
import binascii
import io
import pickle
import struct
import warnings
from collections.abc import MutableSequence

a = array.array("i", [1, 2, 3])
print(bytes(a), bytes(memoryview(a)), len(memoryview(a).tobytes()))
m = memoryview(a).cast("B")
m[0:4] = b"\x07\x00\x00\x00"
print(a)
buf = array.array("b", b" " * 8)
print(io.BytesIO(b"abcdefgh").readinto(buf), buf.tobytes())
struct.pack_into("<hh", buf, 2, 258, -1)
print(list(buf))
print(base64.b64encode(array.array("B", b"xyz")), binascii.hexlify(array.array("H", [1, 0xABCD])))
print(array.array("B", b"ab") == array.array("b", b"ab"), isinstance(a, MutableSequence))
print(a.buffer_info()[1], a.itemsize, len(a))

a = array.array("h", range(6))
it = iter(a)
next(it)
next(it)
it2, b = pickle.loads(pickle.dumps((it, a)))
b[3] = 99
print(type(it2).__name__, list(it2), list(it))
exhausted = iter(a)
list(exhausted)
a.append(7)
print(list(exhausted), exhausted.__reduce__()[1])
exhausted.__setstate__(0)
print(list(exhausted))

for bad in ("bad", 1.5):
    for op in ("mul", "imul"):
        try:
            if op == "mul":
                a * bad
            else:
                a *= bad
        except TypeError as exc:
            print(op, "TypeError", exc)
print(a * 2 == 2 * a, len(a * -1))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    u = array.array("u", "hi")
    print(array.array("w", u), array.array("u", array.array("w", "ok")).tounicode())
print([str(w.category.__name__) for w in caught])
for tc in "uw":
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bad = array.array(tc, b"a\0\0\0\xff\xff\xff\xff")
    print(len(bad))
    for f in (bad.tounicode, lambda: repr(bad), lambda: bad[1], bad.tolist):
        try:
            f()
        except ValueError as exc:
            print(type(exc).__name__, exc)
print(array.array("w", "Bonne Journ\xe9e \U0002030a") == array._array_reconstructor(
    array.array, "w", 18, "Bonne Journ\xe9e \U0002030a".encode("utf-16-le")))


class Slotted(array.array):
    __slots__ = ["offset"]

    def __new__(cls, typecode, data, offset):
        return array.array.__new__(cls, typecode, data)

    def __init__(self, typecode, data, offset):
        self.offset = offset

    def __getitem__(self, i):
        return array.array.__getitem__(self, i) + self.offset


s = Slotted("i", [3, 6], 4)
print(s[0], s.offset)
try:
    s.color = "blue"
except AttributeError:
    print("AttributeError")
