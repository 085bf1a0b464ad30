# N-dimensional casts, strides, contiguity, tuple indexing, slicing, tobytes orders, 0-dim views
def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

buf = bytearray(range(24))
m = memoryview(buf)
x = m.cast("B", (2, 3, 4))
print(x.ndim, x.shape, x.strides, x.nbytes, len(x), x.c_contiguous, x.f_contiguous, x.contiguous)
print(x.tolist())
print(x[1, 2, 3], x[0, 0, 0], x[-1, -1, -1])
x[1, 0, 0] = 99
print(buf[12], x[1, 0, 0])
print(attempt(lambda: x[0]), attempt(lambda: x[0, 1]), attempt(lambda: x[0, 0, 0, 0]))
print(attempt(lambda: x[2, 0, 0]), attempt(lambda: x[0, 3, 0]), attempt(lambda: x[0, 0, 4]))
print(attempt(lambda: x[0:1, 0:1]), attempt(lambda: list(x)), attempt(lambda: x.__setitem__(0, 1)))
print(attempt(lambda: x.__setitem__((0, 0), 1)), attempt(lambda: x.__setitem__(slice(0, 1), b"")))
y = x[1:]
print(y.shape, y.strides, y.c_contiguous, y.tolist())
z = x[::2]
print(z.shape, z.strides, z.c_contiguous, z.contiguous, z.tobytes())
print(x.tobytes(order="F")[:8], x.tobytes(order="A")[:8], x.tobytes(order=None)[:4])
print(attempt(lambda: x.tobytes(order="X")))
i = m.cast("i", [3, 2])
print(i.shape, i.strides, i.itemsize, i.tolist())
print(i.cast("B").shape, attempt(lambda: i.cast("B", [2, 12])), attempt(lambda: i.cast("h")))
print(attempt(lambda: m.cast("B", (5, 5))), attempt(lambda: m.cast("B", (0, 24))))
print(attempt(lambda: m.cast("B", ("a", 24))), attempt(lambda: m.cast("B", {24: 1})))
print(m.cast("B", [True, 24]).shape)

# strided 1-D views
r = m[::-3]
print(r.shape, r.strides, r.c_contiguous, r.tolist(), bytes(r), r.hex())
print(attempt(lambda: r.cast("B")))
e = m[5:2]
print(e.shape, e.strides, e.tolist(), e.c_contiguous)

# 0-dim
s = memoryview(bytearray(b"\x07\x00\x00\x00")).cast("i", ())
print(s.ndim, s.shape, s.strides, s.tolist(), s[()], s[...] is s, s.tobytes())
s[()] = 9
print(s.tolist(), attempt(lambda: len(s)), attempt(lambda: s[0]), attempt(lambda: iter(s)))
print(attempt(lambda: s.cast("B").tolist()), s.cast("B", [4]).tolist())

# hex with separators
h = memoryview(bytes(range(97, 103)))
print(h.hex(), h.hex(":"), h.hex(b"-", 2), h.hex(" ", -4), h[::-1].hex(":", 3))
print(attempt(lambda: h.hex("::")), attempt(lambda: h.hex(1)), attempt(lambda: h.hex("\xe9")))

# count and index
c = memoryview(b"abcabca")
print(c.count(97), c.count(120), c.index(99), c.index(97, 1), c.index(97, -2), attempt(lambda: c.index(120)))
print(attempt(lambda: c.index(97, 1, 3)), memoryview(bytearray(8)).cast("h").count(0))
