import os

os.chdir("/tmp")
name = "pypyts_io_update.txt"
with open(name, "w+", encoding="utf-8") as f:
    f.write("hello\nworld\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write("WORLD\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(name, "r+", encoding="utf-8") as f:
    print(repr(f.read(3)))
    f.seek(f.tell())
    f.write("LO")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.readlines())
    print(f.truncate(6), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(name, "a+", encoding="utf-8") as f:
    print(f.tell(), repr(f.read()))
    f.write("more")
    f.seek(0)
    print(repr(f.read()))
with open(name, "rb+") as f:
    print(f.peek(3)[:3], f.read(2))
    f.write(b"__")
    print(f.tell(), f.read(1), f.tell())
    f.seek(-2, 2)
    print(f.read())
    f.write(b"!")
    f.seek(0)
    print(f.read())
with open(name, "w", encoding="utf-8") as f:
    f.write("x" * 10)
    f.seek(3)
    f.write("y")
    print(f.tell())
with open(name, encoding="utf-8") as f:
    print(f.read())
os.remove(name)
