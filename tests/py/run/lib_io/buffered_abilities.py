# BufferedReader answers writable() False and BufferedWriter readable() False whatever the raw stream
# can do (neither type has that method: IOBase's default stands); BufferedRandom asks the raw stream.
import io


class Raw(io.BytesIO):
    def seekable(self):
        return False


for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    raw = io.BytesIO(b"data")
    b = cls(raw)
    print(cls.__name__, b.readable(), b.writable(), b.seekable(),
          "readable" in cls.__dict__, "writable" in cls.__dict__)
r = io.BufferedReader(Raw(b"xy"))
print(r.readable(), r.writable(), r.seekable(), r.read())
try:
    r.write(b"z")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
w = io.BufferedWriter(Raw())
print(w.readable(), w.writable(), w.seekable())
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"abc")), "ascii")
print(t.readable(), t.writable(), t.read())
