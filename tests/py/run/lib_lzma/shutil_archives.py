# shutil.make_archive/unpack_archive with the bzip2 and xz tar formats (tarfile over bz2 and lzma)
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    for i in range(3):
        with open(os.path.join(src, f"f{i}.txt"), "w") as f:
            f.write("line\n" * 100 * i)
    with open(os.path.join(src, "sub", "deep.bin"), "wb") as f:
        f.write(bytes(range(256)) * 8)
    names = {n for n, _ in shutil.get_archive_formats()}
    print("bztar" in names, "xztar" in names)
    for fmt in ("bztar", "xztar"):
        arc = shutil.make_archive(os.path.join(d, "out_" + fmt), fmt, src)
        dest = os.path.join(d, "dest_" + fmt)
        shutil.unpack_archive(arc, dest)
        found = sorted(os.path.relpath(os.path.join(r, f), dest) for r, _, fs in os.walk(dest) for f in fs)
        print(fmt, os.path.basename(arc), found)
        with open(os.path.join(dest, "sub", "deep.bin"), "rb") as f:
            print(f.read() == bytes(range(256)) * 8)
