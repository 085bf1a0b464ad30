# PEP 688 (__buffer__ / __release_buffer__), memoryview._from_flags, exporters' formats
import array, inspect

def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

class Buf:
    def __init__(self):
        self.held = 0
        self.data = bytearray(b"hello")
    def __buffer__(self, flags):
        self.held += 1
        return memoryview(self.data)
    def __release_buffer__(self, view):
        self.held -= 1
        print("release", type(view).__name__, view.tobytes())

b = Buf()
with memoryview(b) as m:
    print(b.held, m.tobytes(), m.readonly, type(m.obj).__name__)
    m[0] = ord("J")
print(b.held, b.data, bytes(b), b.held)
print(isinstance(b, __import__("collections.abc").abc.Buffer))

class NotMV:
    def __buffer__(self, flags):
        return b"no"
print(attempt(lambda: memoryview(NotMV())), attempt(lambda: bytes(NotMV())))

class Sub(bytearray):
    def __release_buffer__(self, view):
        print("sub release", view.tobytes(), attempt(lambda: view[:1]), attempt(lambda: memoryview(view)))
        super().__release_buffer__(view)
s = Sub(b"abc")
with memoryview(s) as m:
    print(m.tobytes(), m.obj is s)
s.clear()
print(s)

class Flags:
    def __buffer__(self, flags):
        print("flags", int(flags))
        if flags & inspect.BufferFlags.WRITABLE:
            return memoryview(bytearray(b"w"))
        return memoryview(b"r")
print(memoryview._from_flags(Flags(), inspect.BufferFlags.WRITABLE).readonly)
print(memoryview._from_flags(Flags(), 0).readonly, memoryview(Flags()).tobytes())
print(attempt(lambda: memoryview._from_flags(b"x", inspect.BufferFlags.WRITABLE)))
print(memoryview._from_flags(bytearray(b"x"), inspect.BufferFlags.WRITABLE).readonly)
x = memoryview._from_flags(array.array("i", [1, 2]), 0)
print(x.format, x.itemsize, x.shape, x.tolist())

# builtin __buffer__ / __release_buffer__
ba = bytearray(b"xyz")
v = ba.__buffer__(0)
print(v.obj is ba, v.tobytes(), attempt(lambda: ba.__buffer__(2**70)))
print(attempt(lambda: b"q".__release_buffer__(v)), attempt(lambda: ba.__release_buffer__(b"")))
ba.__release_buffer__(v)
print(attempt(lambda: v.tobytes()), attempt(lambda: ba.__release_buffer__(v)))
mv = memoryview(b"ab")
inner = mv.__buffer__(inspect.BufferFlags.SIMPLE)
print(inner.obj is mv, inner.format, inner.tolist())
print(attempt(lambda: memoryview(b"x").__buffer__(inspect.BufferFlags.WRITABLE)))
print(attempt(lambda: memoryview(b"abcd")[::2].__buffer__(0)))

# exporters' formats
for tc in "bBhHiIqQfd":
    a = array.array(tc, [1, 2])
    mm = memoryview(a)
    print(tc, mm.format, mm.itemsize, mm.tolist(), mm.obj is a)
print(memoryview(array.array("w", "hi")).format, attempt(lambda: memoryview(array.array("w", "hi"))[0]))
print(attempt(lambda: memoryview(array.array("w", "hi")).tolist()), memoryview(array.array("w", "hi")) == memoryview(array.array("w", "hi")))
print(memoryview[int], attempt(lambda: memoryview(1)), attempt(lambda: memoryview()))
print(memoryview(object=b"ok").tobytes(), attempt(lambda: memoryview(b"x", b"y")))
print(type(iter(memoryview(b"a"))).__name__, list(reversed(memoryview(b"abc"))))
