# BytesIO/StringIO seek() up to sys.maxsize returns the position given (reads there are at EOF);
# beyond Py_ssize_t is OverflowError, negative absolute positions are ValueError.
import io
import sys

for cls, v in ((io.BytesIO, b"1234567890"), (io.StringIO, "1234567890")):
    f = cls(v)
    print(f.seek(sys.maxsize) == sys.maxsize, f.read(4), f.seek(sys.maxsize - 2) == sys.maxsize - 2, f.read(4))
    print(f.seek(3), f.read(2), f.tell())
    for bad in (sys.maxsize + 1, -sys.maxsize - 2, -1):
        try:
            f.seek(bad)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, str(e).replace(str(bad), "N"))
m = io.BytesIO()
print(m.seek(sys.maxsize) == sys.maxsize, m.readinto(bytearray(2)), m.read())
