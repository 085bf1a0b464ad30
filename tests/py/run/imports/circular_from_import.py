# `from m import x` while m is still being initialised names the circular import; the error carries
# name, name_from and path.
try:
    import _circ_a  # noqa: F401
except ImportError as e:
    print(str(e).split(" (/")[0].split(" (")[0] if "(" in str(e) else str(e))
    print("circular" in str(e), e.name, e.name_from, e.path.endswith("_circ_a.py"))
import sys

print("_circ_a" in sys.modules, "_circ_b" in sys.modules)
