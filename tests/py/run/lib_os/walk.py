import os
from _fs import fresh, rmtree, write

base = fresh("walk")
for d in ["a", "a/b", "a/b/c", "d"]:
    os.mkdir(os.path.join(base, d))
for f in ["top.txt", "a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "d/four.txt"]:
    write(os.path.join(base, f))


def rel(p):
    return os.path.relpath(p, base)


for root, dirs, files in os.walk(base):
    dirs.sort()
    print("down", rel(root), dirs, sorted(files))
order = []
for root, dirs, files in os.walk(base, topdown=False):
    order.append((rel(root), sorted(dirs), sorted(files)))
print("up", sorted(order))
print([r for r, _, _ in order].index(".") == len(order) - 1)
for root, dirs, files in os.walk(base):
    if "a" in dirs:
        dirs.remove("a")
    print("pruned", rel(root), sorted(dirs), sorted(files))
errors = []
print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)), [type(e).__name__ for e in errors])
print(list(os.walk(os.path.join(base, "top.txt"))))
rmtree(base)
