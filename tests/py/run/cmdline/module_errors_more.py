# oracle: python3
# -m: a missing submodule, and an ImportError raised inside the package, which keeps its
# traceback.
import os
import tempfile

from _child import last, run


code, out, err = run("-m", "importlib.nonexistent")
print(code, repr(out), err.partition(": ")[2].strip(), "Traceback" in err)
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "brokenpkg"))
    with open(os.path.join(d, "brokenpkg", "__init__.py"), "w") as f:
        f.write("raise ImportError('Exception in __init__.py')\n")
    with open(os.path.join(d, "brokenpkg", "__main__.py"), "w") as f:
        f.write("print('not reached')\n")
    code, out, err = run("-m", "brokenpkg", cwd=d)
    print(code, repr(out), "Traceback" in err, last(err))
