# oracle: python3
# -m names that cannot run: runpy's one-line messages after "<sys.executable>: ", exit status 1,
# no traceback.

from _child import run_all


NAMES = ["builtins", "builtins.x", "builtins.x.y", "importlib", ".unittest"]
for name, (code, out, err) in zip(NAMES, run_all([["-m", name] for name in NAMES])):
    print(name, code, repr(out), err.partition(": ")[2].strip(), "Traceback" in err)
