# oracle: python3 (pyodide has no FIFOs)
# os.scandir/os.listdir of a descriptor that is not a directory (a FIFO, a file) fail as fdopendir does
# (NotADirectoryError, the fd as filename); shutil.rmtree of a file raises NotADirectoryError and leaves it.
import os
import shutil

from _fs import fresh, rmtree, write

base = fresh("scandir_notdir")
name = os.path.join(base, "plain")
write(name, b"data")
fifo = os.path.join(base, "fifo")
os.mkfifo(fifo)
for path in (name, fifo):
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    for f in (os.scandir, os.listdir):
        try:
            f(fd)
        except OSError as e:
            print(f.__name__, type(e).__name__, e.filename == fd)
    os.close(fd)
try:
    shutil.rmtree(name)
except OSError as e:
    print("rmtree", type(e).__name__, os.path.exists(name))
dfd = os.open(base, os.O_RDONLY)
print(os.listdir(dfd), [e.name for e in os.scandir(dfd)])
os.close(dfd)
rmtree(base)
