import os
from _fs import fresh, rmtree, write

base = fresh("scandir")
write(os.path.join(base, "file.txt"), b"12345")
os.mkdir(os.path.join(base, "folder"))
os.symlink("file.txt", os.path.join(base, "link"))
os.symlink("nowhere", os.path.join(base, "dangling"))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, os.path.relpath(e.path, base), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
f = entries[1]
print(f.stat().st_size, f.stat(follow_symlinks=False).st_size, f.inode() == os.stat(f.path).st_ino)
print(os.fspath(f) == f.path, isinstance(f, os.PathLike))
link = entries[3]
print(link.stat().st_size, link.stat(follow_symlinks=False).st_size == os.lstat(link.path).st_size)
try:
    entries[0].stat()
except OSError as e:
    print(type(e).__name__, e.strerror, os.path.relpath(e.filename, base))
print(type(entries[0]).__name__, type(entries[0]).__module__)
try:
    os.DirEntry()
except TypeError as e:
    print(type(e).__name__, e)
it = os.scandir(base)
print(type(it).__name__, iter(it) is it)
n = len(list(it))
print(n, list(it))
it.close()
it.close()
print(sorted(e.name for e in os.scandir(os.fsencode(base))))
with os.scandir(os.path.join(base, "folder")) as it2:
    print(list(it2))
try:
    os.scandir(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
rmtree(base)
