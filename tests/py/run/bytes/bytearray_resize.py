# bytearray.resize (3.14): truncates, or grows with NUL bytes; _pyio.BytesIO writes past the end with it.
import _pyio

b = bytearray(b"abc")
b.resize(6)
print(b, len(b))
b.resize(2)
print(b)
b.resize(4)
print(b)
b.resize(0)
print(b)
for bad in (-1, "3", 2.0):
    try:
        b.resize(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

f = _pyio.BytesIO(b"xy")
f.seek(5)
f.write(b"z")
print(f.getvalue())
f.truncate(3)
print(f.getvalue())
