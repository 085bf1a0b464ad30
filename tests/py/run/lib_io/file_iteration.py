import os

os.chdir("/tmp")
name = "pypyts_io_iter.txt"
lines = ["line %d %s\n" % (i, "x" * (i % 37)) for i in range(3000)]
with open(name, "w", encoding="utf-8") as f:
    f.writelines(lines)
with open(name, encoding="utf-8") as f:
    got = list(f)
print(got == lines, len(got))
with open(name, encoding="utf-8") as f:
    total = 0
    for line in f:
        total += len(line)
print(total, os.path.getsize(name))
with open(name, encoding="utf-8") as f:
    print(len(f.readlines(1000)), repr(f.readline(4)), repr(f.readline()))
with open(name, "rb") as f:
    print(sum(1 for _ in f))
with open(name, "w", encoding="utf-8", newline="\r\n") as f:
    f.writelines(lines)
with open(name, encoding="utf-8") as f:
    got = f.readlines()
print(got == lines, f.newlines)
with open(name, encoding="utf-8", newline="") as f:
    got = f.readlines()
print(got[0] == lines[0].replace("\n", "\r\n"), len(got))
with open(name, encoding="utf-8") as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(second == f.readline(), second == lines[1])
big = "\u00e9" * 10000 + "\n" + "end"
with open(name, "w", encoding="utf-8") as f:
    f.write(big)
with open(name, encoding="utf-8") as f:
    first = f.readline()
    print(len(first), f.tell(), f.read())
os.remove(name)
