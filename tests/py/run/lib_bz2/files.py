# bz2.open/BZ2File in binary and text modes, and tarfile archives compressed with bzip2 ("w:bz2", "r:bz2",
# "r:*" detection, streaming "r|bz2")
import bz2
import io
import os
import tarfile
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bz2")
    with bz2.open(path, "wb") as f:
        f.write(b"binary payload\n" * 100)
    with bz2.open(path, "rb") as f:
        print(f.read(15), f.readline(), len(f.read()))
    with bz2.open(path, "at", encoding="utf-8") as f:
        f.write("appended text é\n")
    with bz2.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[-1])
    with bz2.BZ2File(path) as f:
        f.seek(1500)
        print(f.tell(), f.read(), f.seekable())

    members = {"a.txt": b"first file\n" * 50, "dir/b.bin": bytes(range(256)) * 20}
    tpath = os.path.join(tmp, "archive.tar.bz2")
    with tarfile.open(tpath, "w:bz2") as tar:
        for name, payload in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(payload))
    for mode in ("r:bz2", "r:*", "r"):
        with tarfile.open(tpath, mode) as tar:
            print(mode, tar.getnames(), [tar.extractfile(n).read() == p for n, p in members.items()])
    with open(tpath, "rb") as raw, tarfile.open(fileobj=raw, mode="r|bz2") as tar:
        print("stream", [(m.name, m.size) for m in tar])
    try:
        tarfile.open(tpath, "r:xz")
    except tarfile.ReadError as e:
        print("ReadError", e)

buf = io.BytesIO()
with bz2.BZ2File(buf, "w", compresslevel=3) as f:
    f.write(b"in memory")
print(bz2.decompress(buf.getvalue()))
