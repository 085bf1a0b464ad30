# Importing from zip archives as zipimport does: bytecode before source when the source has not outdated it
# (timestamp and size, or a checked hash; an unchecked hash-based .pyc is always taken), data before the
# archive (a self-extracting stub), a zip64 directory, and the loader's get_data reading archive members.
import io, os, sys, time, marshal, tempfile, zipfile, importlib, importlib.util

DT = (2020, 1, 2, 3, 4, 6)
MTIME = int(time.mktime(DT + (-1, -1, -1)))
folder = tempfile.mkdtemp()


def pyc(src, flags=0, stamp=MTIME, size=None, hash8=None):
    head = importlib.util.MAGIC_NUMBER + flags.to_bytes(4, "little")
    if flags & 1:
        head += hash8 if hash8 is not None else importlib.util.source_hash(src.encode())
    else:
        head += stamp.to_bytes(4, "little") + (len(src) if size is None else size).to_bytes(4, "little")
    return head + marshal.dumps(compile(src, "<pyc>", "exec"))


def make_zip(name, members, stuff=b"", zip64=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for member, data in members.items():
            info = zipfile.ZipInfo(member, DT)
            if zip64:
                with z.open(info, "w", force_zip64=True) as f:
                    f.write(data.encode() if isinstance(data, str) else data)
            else:
                z.writestr(info, data)
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(stuff + buf.getvalue())
    sys.path.insert(0, path)
    importlib.invalidate_caches()
    return path


def show(modname):
    m = importlib.import_module(modname)
    print(modname, m.state, os.path.basename(m.__file__))


make_zip("fresh.zip", {"m_fresh.py": "state = 'source'\n", "m_fresh.pyc": pyc("state = 'source'\n")})
show("m_fresh")
make_zip("stale.zip", {"m_stale.py": "state = 'new source'\n", "m_stale.pyc": pyc("state = 'new source'\n", stamp=MTIME - 100)})
show("m_stale")
make_zip("size.zip", {"m_size.py": "state = 'grown source'\n", "m_size.pyc": pyc("state = 'source'\n", size=3)})
show("m_size")
make_zip("unchecked.zip", {"m_unch.py": "state = 'new'\n", "m_unch.pyc": pyc("state = 'old'\n", flags=1)})
show("m_unch")
make_zip("checked.zip", {"m_chk.py": "state = 'new'\n", "m_chk.pyc": pyc("state = 'old'\n", flags=3)})
show("m_chk")
make_zip("badmagic.zip", {"m_bad.py": "state = 'fallback'\n", "m_bad.pyc": b"\0\0\0\0" + pyc("x = 1\n")[4:]})
show("m_bad")
make_zip("pkgpyc.zip", {"pp/__init__.pyc": pyc("state = 'init pyc'\n"), "pp/__init__.py": "state = 'init py'\n"})
show("pp")

make_zip("cruft.zip", {"m_cruft.py": "state = 'after cruft'\n"}, stuff=b"cruft" * 64)
show("m_cruft")
make_zip("big64.zip", {"m_z64.py": "state = 'zip64'\n"}, stuff=b"#!stub\n", zip64=True)
show("m_z64")

path = make_zip("data.zip", {"m_data.py": "state = 'with data'\n", "sub/data.txt": "payload\n"})
import m_data
print(m_data.__loader__.get_data("sub/data.txt"), m_data.__loader__.get_data(os.path.join(path, "sub", "data.txt")))
try:
    m_data.__loader__.get_data("missing.txt")
except OSError as e:
    print(type(e).__name__, e.args)

# the source beside archived bytecode is what get_source (and so inspect/linecache) reads
import inspect
m_fresh = sys.modules["m_fresh"]
print(m_fresh.__loader__.get_source("m_fresh"), inspect.getsource(m_fresh), end="")

# namespace packages inside an archive: NamespaceLoader, __file__ None, __path__ inside the archive
make_zip("nsz.zip", {"nsa/nsb/mod.py": "state = 'deep'\n"})
nsb = importlib.import_module("nsa.nsb")
print(type(nsb.__loader__).__name__, nsb.__file__, [os.path.basename(p) for p in nsb.__path__], nsb.__spec__.origin)
show("nsa.nsb.mod")

# a broken .pyc alone in an archive: zipimport's ZipImportError, caused by the ImportError about the header
import zipimport
make_zip("onlybad.zip", {"m_onlybad.pyc": b"\0\0\0\0" + bytes(20)})
try:
    import m_onlybad
except ImportError as e:
    print(type(e).__name__, e, e.name, type(e.__cause__).__name__, "magic number" in e.__cause__.msg)
print("m_onlybad" in sys.modules)

# a zip64 end of central directory (the 32-bit fields saturated) after the longest comment, behind a stub
import struct


def as_zip64(data, comment):
    at = data.rindex(b"PK\x05\x06")
    _, _, _, _, count, cd_size, cd_offset, _ = struct.unpack("<IHHHHIIH", data[at:at + 22])
    record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, cd_size, cd_offset)
    locator = struct.pack("<IIQI", 0x07064B50, 0, at, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, len(comment))
    return data[:at] + record + locator + end + comment


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("pre/fix/m_z64c.py", "state = 'zip64 end record'\n")
z64 = os.path.join(folder, "z64c.zip")
with open(z64, "wb") as f:
    f.write(b"#!stub\n" * 10 + as_zip64(buf.getvalue(), b"c" * 65535))
sys.path.insert(0, os.path.join(z64, "pre", "fix"))
importlib.invalidate_caches()
show("m_z64c")
