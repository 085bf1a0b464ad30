import os

os.chdir("/tmp")
name = "pypyts_io_fd.txt"
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
f = open(fd, "w", encoding="utf-8")
print(f.name == fd, f.mode, f.fileno() == fd)
f.write("via descriptor\n")
f.close()
try:
    os.close(fd)
except OSError as e:
    print("already closed:", type(e).__name__)
fd = os.open(name, os.O_RDONLY)
with open(fd, closefd=False, encoding="utf-8") as g:
    print(repr(g.read()))
print(os.lseek(fd, 0, 0), os.read(fd, 3))
os.close(fd)
with open(name, "rb") as h:
    n = h.fileno()
    print(isinstance(n, int), n > 2)
r, w = os.pipe()
with open(w, "w", encoding="utf-8") as pw:
    pw.write("through a pipe\nsecond\n")
with open(r, encoding="utf-8") as pr:
    print(pr.readlines())
    print(pr.seekable())
r, w = os.pipe()
f = open(r, "rb")
t = open(w, "w")
for label, op in [("seek", lambda: f.seek(0)), ("text tell", t.tell), ("text seek", lambda: t.seek(0))]:
    try:
        op()
    except Exception as e:
        print(label, type(e).__name__, e)
print(t.seekable(), f.seekable(), f.raw.seekable())
t.write("pending")
t.close()
print(f.read())
f.close()
os.remove(name)
