# oracle: python3
# A module imported under -O, -OO or neither gets that level's code even when the same module was
# imported (and its compiled code cached) under another level before, as CPython's .opt-1/.opt-2 pyc files.
import os
import sys
import tempfile

from _child import last, run


with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "mod.py"), "w") as f:
        f.write('"""module doc"""\nimport sys\ntry:\n    assert False\n    asserts = "removed"\nexcept AssertionError:\n'
                '    asserts = "kept"\nprint(sys.flags.optimize, asserts, __debug__, __doc__)\n')
    for opts in [[], ["-O"], ["-OO"], [], ["-O"]]:
        code, out, err = run(*opts, "-c", "import mod", cwd=d)
        print(opts, code, repr(out), last(err))
