import os, tempfile

d = tempfile.mkdtemp(prefix="pypyts_")
print(os.path.isdir(d), os.path.basename(d).startswith("pypyts_"), os.path.isabs(d))
os.rmdir(d)
fd, path = tempfile.mkstemp(suffix=".dat")
print(type(fd).__name__, path.endswith(".dat"), os.path.getsize(path))
os.write(fd, b"12345")
os.close(fd)
print(os.path.getsize(path))
os.unlink(path)
with tempfile.TemporaryDirectory() as t:
    with open(os.path.join(t, "f.txt"), "w") as f:
        f.write("text")
    print(os.listdir(t), os.path.isdir(t))
print(os.path.exists(t))
with tempfile.NamedTemporaryFile() as nt:
    print(nt.write(b"abc"))
    nt.flush()
    print(os.path.getsize(nt.name), os.path.exists(nt.name))
print(os.path.exists(nt.name))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as nt2:
    nt2.write("keep me")
name = nt2.name
with open(name) as f:
    print(f.read(), name.endswith(".txt"))
os.remove(name)
with tempfile.TemporaryFile() as tf:
    tf.write(b"hello")
    tf.seek(0)
    print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10) as sf:
    sf.write(b"small")
    print(sf._rolled)
    sf.write(b" and now larger than ten")
    print(sf._rolled)
    sf.seek(0)
    print(sf.read())
print(isinstance(tempfile.gettempdir(), str), os.path.isdir(tempfile.gettempdir()))
