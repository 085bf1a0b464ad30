# `from m import x` while m is still being initialised names the circular import; the error carries
# name, name_from and path. (The two modules live in a folder of their own: beside the script, CPython
# 3.14 would suggest renaming them instead, as shadowing the script's own folder.)
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_circ"))
try:
    import _circ_a  # noqa: F401
except ImportError as e:
    print(str(e).split(" (/")[0].split(" (")[0] if "(" in str(e) else str(e))
    print("circular" in str(e), e.name, e.name_from, e.path.endswith("_circ_a.py"))

print("_circ_a" in sys.modules, "_circ_b" in sys.modules)
