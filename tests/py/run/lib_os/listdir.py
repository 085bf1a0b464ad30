import os
from _fs import fresh, rmtree, write, show

base = fresh("listdir")
for name in ["b.txt", "a.txt", "c.py"]:
    write(os.path.join(base, name))
os.mkdir(os.path.join(base, "sub"))
print(sorted(os.listdir(base)))
print(sorted(os.listdir(os.fsencode(base))))
print(os.listdir(os.path.join(base, "sub")))
try:
    os.listdir(os.path.join(base, "missing"))
except OSError as e:
    show(e, base)
try:
    os.listdir(os.path.join(base, "a.txt"))
except OSError as e:
    show(e, base)
try:
    os.listdir(42.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.listdir("a\0b")
except ValueError as e:
    print(type(e).__name__, e)
print(type(os.listdir()).__name__)
rmtree(base)
