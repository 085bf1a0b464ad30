import os, shutil, stat
from _fs import fresh, rmtree, write, read, show

base = fresh("shutil_ops")
src = os.path.join(base, "src")
os.makedirs(os.path.join(src, "inner", "deep"))
write(os.path.join(src, "a.txt"), b"alpha")
write(os.path.join(src, "inner", "b.txt"), b"beta")
write(os.path.join(src, "inner", "deep", "c.bin"), bytes(range(256)) * 40)
os.chmod(os.path.join(src, "a.txt"), 0o640)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            out.append((os.path.relpath(p, top), os.path.getsize(p)))
    return out


print(shutil.copy(os.path.join(src, "a.txt"), os.path.join(base, "copy.txt")) == os.path.join(base, "copy.txt"))
print(read(os.path.join(base, "copy.txt")), oct(os.stat(os.path.join(base, "copy.txt")).st_mode & 0o777))
shutil.copyfile(os.path.join(src, "inner", "deep", "c.bin"), os.path.join(base, "c2.bin"))
print(read(os.path.join(base, "c2.bin")) == bytes(range(256)) * 40)
shutil.copy2(os.path.join(src, "a.txt"), os.path.join(base, "copy2.txt"))
print(os.stat(os.path.join(src, "a.txt")).st_mtime == os.stat(os.path.join(base, "copy2.txt")).st_mtime)
dst = shutil.copytree(src, os.path.join(base, "dst"))
print(os.path.relpath(dst, base), tree(dst) == tree(src), tree(dst))
try:
    shutil.copytree(src, dst)
except FileExistsError as e:
    show(e, base)
shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.bin"))
shutil.move(os.path.join(base, "copy.txt"), os.path.join(base, "dst", "moved.txt"))
print(sorted(os.listdir(os.path.join(base, "dst"))))
shutil.move(os.path.join(base, "dst"), os.path.join(base, "renamed"))
print(sorted(os.listdir(base)))
try:
    shutil.copyfile(os.path.join(base, "missing"), os.path.join(base, "x"))
except FileNotFoundError as e:
    show(e, base)
try:
    shutil.copyfile(os.path.join(base, "c2.bin"), os.path.join(base, "c2.bin"))
except shutil.SameFileError as e:
    print(type(e).__name__)
shutil.rmtree(os.path.join(base, "renamed"))
print(sorted(os.listdir(base)))
errors = []
shutil.rmtree(os.path.join(base, "nope"), onexc=lambda f, p, e: errors.append((f.__name__, type(e).__name__)))
print(errors)
shutil.rmtree(os.path.join(base, "nope"), ignore_errors=True)
print(shutil.disk_usage(base).total > 0, shutil.which("definitely-not-a-command-pypyts"))
rmtree(base)
