import io

b = io.BytesIO(b"abcdef")
m = b.getbuffer()
print(type(m).__name__, len(m), bytes(m), m[0])
m[0] = ord("Z")
print(b.getvalue())
m.release()
b.write(b"12")
print(b.getvalue(), b.tell())
e = io.BytesIO()
print(bytes(e.getbuffer()))
