# ImportError's members (msg, name, path, name_from) exist on every instance, also on the
# ModuleNotFoundError the import system raises and on an instance made without __init__.
try:
    import nonexistent_module_for_members
except ImportError as e:
    print(type(e).__name__, e.msg, e.name, e.path, e.name_from)
try:
    from os import nothing_here_for_members
except ImportError as e:
    print(e.msg.split(" (")[0], e.name, e.path is not None, e.name_from)
e = ModuleNotFoundError("x")
print(e.msg, e.name, e.path, e.name_from)
e.path = "p"
e.name_from = "nf"
print(e.path, e.name_from, ImportError("a", name="n", path="q").path)
bare = ImportError.__new__(ImportError)
print(bare.msg, bare.name, bare.path, bare.args)
print(ImportError("a", "b").msg, ImportError().msg)
for n in ("msg", "name", "path"):
    print(n, type(vars(ImportError)[n]).__name__)
