import os

os.chdir("/tmp")
name = "pypyts_io_text_rw.txt"
with open(name, "w", encoding="utf-8") as f:
    print(repr(f), f.name, f.mode, f.encoding, f.closed)
    print(f.write("first line\n"), f.write("second \u00e9\n"))
    f.writelines(["third\n", "fourth"])
    print(f.tell(), f.writable(), f.readable(), f.seekable())
print(f.closed, repr(f))
with open(name, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(name, "a", encoding="utf-8") as f:
    print(f.tell(), f.write("\nappended"))
with open(name, encoding="utf-8") as f:
    data = f.read()
    print(repr(data), len(data))
    print(f.seek(0), repr(f.read(5)), repr(f.readline(3)))
with open(name, "r+", encoding="utf-8") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(name, "rb") as f:
    print(f.read(12))
with open(name, "w") as f:
    pass
print(os.path.getsize(name))
with open(name, "wt", newline="\r\n") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, newline="") as f:
    print(f.readlines())
with open(name) as f:
    print(f.readlines(), f.newlines)
with open(name, "w", encoding="latin-1") as f:
    f.write("caf\u00e9")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read())
os.remove(name)
print(os.path.exists(name))
