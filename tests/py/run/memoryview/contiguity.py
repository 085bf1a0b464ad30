# non-contiguous views: copied in C order by bytes()/bytearray()/tobytes/hex/hash/==, refused by readers of
# a simple buffer (BufferError) and by writers (TypeError, as getargs' w*)
import binascii, hashlib, io, struct

def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

m = memoryview(b"abcdefgh")[::3]
print(m.shape, m.strides, m.c_contiguous, m.f_contiguous, m.contiguous)
print(bytes(m), bytearray(m), m.tobytes(), m.hex(), m.tolist(), m == b"adg", hash(m) == hash(b"adg"))
print(attempt(lambda: binascii.hexlify(m)), attempt(lambda: hashlib.sha1(m).hexdigest()))
print(attempt(lambda: struct.unpack("3s", m)))
print(attempt(lambda: m.cast("B")), attempt(lambda: m.__buffer__(0)))
print(m.__buffer__(0x18).strides, attempt(lambda: m.__buffer__(0x38)))

w = memoryview(bytearray(8))
print(attempt(lambda: struct.pack_into("b", w[::2], 0, 1)), attempt(lambda: struct.pack_into("b", w.toreadonly(), 0, 1)))
struct.pack_into("h", w[2:], 0, 513)
print(w.tolist())
print(attempt(lambda: io.BytesIO(b"xy").readinto(w[::2])), io.BytesIO(b"xy").readinto(w[4:]), w.tolist())
print(attempt(lambda: io.BytesIO(b"xy").readinto(memoryview(b"ab"))))
r = memoryview(bytearray(b"abcdef"))
r[::2] = b"XYZ"
print(r.tobytes(), attempt(lambda: r.__setitem__(slice(None, None, 2), b"XY")))
r[1:4] = r[3:6]
print(r.tobytes())
