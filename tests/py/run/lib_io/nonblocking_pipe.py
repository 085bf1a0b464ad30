# oracle: python3 (pipes)
# Reads from an empty non-blocking pipe return None at once (FileIO and BufferedReader), not wait.
import io
import os

r, w = os.pipe()
os.set_blocking(r, False)
raw = io.FileIO(r, "rb", closefd=False)
print(raw.read(), raw.read(5), raw.readall(), raw.readinto(bytearray(3)))
b = open(r, "rb", closefd=False)
print(b.read(), b.read(3), b.read1(3), b.peek(1))
os.write(w, b"ab\ncd")
print(b.read(1), b.readline(), b.read())
t = open(r, "r", closefd=False, encoding="ascii")
os.write(w, b"xy\nz")
print(repr(t.readline()), repr(t.read(5)))
os.close(w)
print(repr(t.read()), b.read(), raw.read())
os.close(r)
