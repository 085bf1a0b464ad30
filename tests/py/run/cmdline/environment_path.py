# oracle: python3
# PYTHONSAFEPATH and PYTHONPATH (after the script's folder; ignored under -E and -I).
import sys
import tempfile

from _child import run


print(run("-c", "import sys; print(sys.path[0] != '')", env=dict(PYTHONSAFEPATH="1")))
with tempfile.TemporaryDirectory() as d:
    print(run("-c", "import sys; print(repr(sys.path[0]), sys.path[1] == %r)" % d, env=dict(PYTHONPATH=d)))
    print(run("-E", "-c", "import sys; print(%r in sys.path)" % d, env=dict(PYTHONPATH=d)))
    print(run("-I", "-c", "import sys; print(%r in sys.path, sys.path[0] != '')" % d, env=dict(PYTHONPATH=d)))
