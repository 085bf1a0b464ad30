# Global and builtin lookups stay right while globals and builtins change under a running loop
# (the eval loop caches where a name was found).
import builtins

count = 0


def bump(n):
    global count
    out = []
    for _ in range(n):
        count += 1
        out.append((len("ab"), count))
    return out


print(bump(3))
saved = builtins.len
builtins.len = lambda x: 99
print(bump(2))
builtins.len = saved
print(bump(1))


def len(x):  # a module global now shadows the builtin
    return -1


print(bump(2))
del len
print(bump(1))

g = globals()
g["late"] = 5


def read_late():
    return late  # noqa: F821


vals = []
for v in (6, 7):
    vals.append(read_late())
    g["late"] = v
vals.append(read_late())
print(vals)
del g["late"]
try:
    read_late()
except NameError as e:
    print(type(e).__name__, e)

# many globals added and removed: positions move, lookups follow
for i in range(40):
    g[f"tmp{i}"] = i
for i in range(0, 40, 2):
    del g[f"tmp{i}"]
g["late"] = "back"
print(read_late(), tmp39)  # noqa: F821


def shadow_builtin_later():
    return abs(-3)


print(shadow_builtin_later())
g["abs"] = lambda x: "mine"
print(shadow_builtin_later())
del g["abs"]
print(shadow_builtin_later())
