# mmap over a temporary file: reading (read, read_byte, readline, slices, find/rfind), writing through
# the map into the file, flush, seek/tell, and the buffer protocol (memoryview, bytes, re, struct)
import mmap
import os
import re
import struct
import tempfile

with tempfile.TemporaryFile() as f:
    f.write(b"first line\nsecond line\nthird line\n")
    f.flush()
    m = mmap.mmap(f.fileno(), 0)
    print(len(m), m.size(), m.tell())
    print(m.readline(), m.tell(), m.readline(), m.read(5), m.read_byte(), m.tell())
    print(m.read(), m.read(), m.tell() == len(m))
    print(m[0], m[-1], m[:5], m[6:10], m[::3][:6], m[-5:], m[100:])
    print(m.find(b"line"), m.find(b"line", 5), m.find(b"line", 5, 12), m.rfind(b"line"), m.rfind(b"line", 0, 20))
    print(m.find(b"nope"), m.find(b""), m.rfind(b"i", -10), m.find(memoryview(b"third")), m.find(bytearray(b"d l")))
    print(m.seek(0), m.seek(6, os.SEEK_SET), m.tell(), m.seek(5, os.SEEK_CUR), m.tell(), m.seek(-5, os.SEEK_END), m.tell())
    print(m.find(b"l"))  # from the current position

    m[0:5] = b"FIRST"
    m[6] = ord("L")
    m.seek(11)
    print(m.write(b"SECOND"), m.tell())
    m.write_byte(ord("_"))
    m.flush()
    f.seek(0)
    print(f.read())
    f.seek(0, os.SEEK_END)
    f.write(b"appended")
    f.flush()
    print(len(m), m.size())  # the map keeps its length; size() is the file's

    mv = memoryview(m)
    print(mv.readonly, len(mv), mv[:5].tobytes(), bytes(mv[6:10]))
    mv[0:5] = b"first"
    print(m[:5])
    mv.release()
    print(bytes(m)[:11], bytearray(m)[-6:])
    print(re.findall(rb"\w+ line", m), struct.unpack_from(">5s", m, 0))
    print(repr(m).startswith("<mmap.mmap closed=False, access=ACCESS_DEFAULT, length=35"))
    m.close()
    print(m.closed, repr(m))
    try:
        m[0]
    except ValueError as e:
        print(e)
    f.seek(0)
    print(f.read())

# mapping a window of a file at an offset
with tempfile.TemporaryFile() as f:
    f.write(bytes(range(256)) * (mmap.ALLOCATIONGRANULARITY // 128))
    f.flush()
    with mmap.mmap(f.fileno(), 4096, offset=mmap.ALLOCATIONGRANULARITY) as w:
        print(len(w), w[0] == mmap.ALLOCATIONGRANULARITY % 256, w[:3] == bytes(range(3)))
    print(w.closed)
