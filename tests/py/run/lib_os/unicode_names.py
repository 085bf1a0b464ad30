import os
from _fs import fresh, rmtree, write, read

base = fresh("unicode_names")
names = ["café.txt", "中文", "emoji_\U0001f600", "naïve dir"]
for n in names[:3]:
    write(os.path.join(base, n), n.encode())
os.mkdir(os.path.join(base, names[3]))
print([ascii(n) for n in sorted(os.listdir(base))])
print(sorted(os.listdir(os.fsencode(base))))
for e in sorted(os.scandir(base), key=lambda e: e.name):
    print(ascii(e.name), e.is_dir(), ascii(os.path.basename(e.path)), e.stat().st_size)
print(read(os.path.join(base, "café.txt")).decode())
os.rename(os.path.join(base, "中文"), os.path.join(base, "日本"))
print(ascii(sorted(os.listdir(base))))
try:
    os.stat(os.path.join(base, "ünknown"))
except FileNotFoundError as e:
    print(type(e).__name__, ascii(os.path.basename(e.filename)))
print(os.path.exists(os.path.join(base, "emoji_\U0001f600")), len(os.path.basename(os.path.join(base, "emoji_\U0001f600"))))
rmtree(base)
