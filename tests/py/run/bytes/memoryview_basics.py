b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.readonly, m.format, m.itemsize, m.nbytes)
m[0] = ord("z")
print(b)
m2 = memoryview(b"xyz")
print(m2.readonly, m2[::-1].tobytes(), m2 == b"xyz")
try:
    m2[0] = 1
except TypeError as e:
    print(e)
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
