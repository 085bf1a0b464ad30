# lzma.open/LZMAFile, tarfile archives compressed with xz ("w:xz", "r:xz", "r:*", "r|xz"), and zipfile's
# ZIP_LZMA and ZIP_BZIP2 methods (which encode LZMA filter properties through _lzma)
import io
import lzma
import os
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.xz")
    with lzma.open(path, "wb", preset=1) as f:
        f.write(b"binary payload\n" * 100)
    with lzma.open(path, "rb") as f:
        print(f.read(15), f.readline(), len(f.read()))
    with lzma.open(path, "at", encoding="utf-8") as f:
        f.write("appended ü\n")
    with lzma.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[-1])
    with lzma.LZMAFile(path) as f:
        f.seek(1400)
        print(f.tell(), len(f.read()))
    alone = os.path.join(tmp, "data.lzma")
    with lzma.open(alone, "wb", format=lzma.FORMAT_ALONE) as f:
        f.write(b"old format")
    with lzma.open(alone) as f:
        print(f.read())

    members = {"x.txt": b"xz member\n" * 40, "sub/y.bin": bytes(range(256)) * 10}
    tpath = os.path.join(tmp, "archive.tar.xz")
    with tarfile.open(tpath, "w:xz") as tar:
        for name, payload in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(payload))
    for mode in ("r:xz", "r:*", "r"):
        with tarfile.open(tpath, mode) as tar:
            print(mode, tar.getnames(), [tar.extractfile(n).read() == p for n, p in members.items()])
    with open(tpath, "rb") as raw, tarfile.open(fileobj=raw, mode="r|xz") as tar:
        print("stream", [(m.name, m.size) for m in tar])

    zpath = os.path.join(tmp, "archive.zip")
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("lzma.txt", b"compressed with lzma " * 30, compress_type=zipfile.ZIP_LZMA)
        z.writestr("bzip2.txt", b"compressed with bzip2 " * 30, compress_type=zipfile.ZIP_BZIP2)
    with zipfile.ZipFile(zpath) as z:
        for info in z.infolist():
            print(info.filename, info.compress_type, len(z.read(info)), z.read(info)[:16])
        print(z.testzip())
