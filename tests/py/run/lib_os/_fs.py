# Helpers for the lib_os cases: a fresh scratch folder under /tmp (removed at the end), file writing,
# and printing OSErrors without their errno numbers (they differ between Linux and the wasm oracle).
import os


def fresh(name):
    base = os.path.join("/tmp", "pypyts_lib_os_" + name)
    if os.path.lexists(base):
        rmtree(base)
    os.mkdir(base)
    return base


def rmtree(path):
    for root, dirs, files in os.walk(path, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(path)


def write(path, data=b""):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def read(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        chunks = []
        while True:
            b = os.read(fd, 4096)
            if not b:
                return b"".join(chunks)
            chunks.append(b)
    finally:
        os.close(fd)


def show(e, base=None):
    """type, strerror and the filenames relative to base."""
    def rel(f):
        if f is None or base is None or not isinstance(f, (str, bytes)) or not os.path.isabs(f):
            return f
        return os.path.relpath(f, base)
    parts = [type(e).__name__, e.strerror, rel(e.filename)]
    if e.filename2 is not None:
        parts.append(rel(e.filename2))
    print(*parts)
