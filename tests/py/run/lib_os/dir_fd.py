import os
from _fs import fresh, rmtree, write, show

base = fresh("dir_fd")
write(os.path.join(base, "top.txt"), b"top")
os.mkdir(os.path.join(base, "sub"))
dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
try:
    print(sorted(os.listdir(dfd)))
    with os.scandir(dfd) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(e.name, e.path, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else "-")
    print(os.stat("top.txt", dir_fd=dfd).st_size)
    fd = os.open("new.txt", os.O_WRONLY | os.O_CREAT, dir_fd=dfd)
    os.write(fd, b"made via dir_fd")
    os.close(fd)
    print(os.path.getsize(os.path.join(base, "new.txt")))
    os.mkdir("made", dir_fd=dfd)
    os.rename("new.txt", "made/moved.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
    print(sorted(os.listdir(os.path.join(base, "made"))))
    os.unlink("made/moved.txt", dir_fd=dfd)
    os.rmdir("made", dir_fd=dfd)
    print(sorted(os.listdir(base)))
    try:
        os.stat("missing", dir_fd=dfd)
    except OSError as e:
        show(e)
    try:
        os.stat(dfd, dir_fd=dfd)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        os.stat(dfd, follow_symlinks=False)
    except ValueError as e:
        print(type(e).__name__, e)
    print(os.stat(dfd).st_mode & 0o170000 == 0o040000)
finally:
    os.close(dfd)
for top, dirs, files, fd in os.fwalk(base):
    print(os.path.relpath(top, base), sorted(dirs), sorted(files), type(fd).__name__)
rmtree(base)
